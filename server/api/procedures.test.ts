import { describe, expect, it } from "vitest";
import { hasProcedure, listProcedures, procedureMeta } from "./procedures";

describe("the procedure convention", () => {
  const procedures = listProcedures();

  it("finds procedures by their dotted path", () => {
    expect(hasProcedure("health.get")).toBe(true);
    expect(hasProcedure("health.nope")).toBe(false);
    expect(procedureMeta("interviews.create")?.successStatus).toBe(201);
    expect(procedures.length).toBeGreaterThan(50);
  });

  it("gives every query and mutation an output schema (subscriptions stream tracked events instead)", () => {
    const withoutOutput = procedures.filter((procedure) => procedure.type !== "subscription" && !procedure.hasOutput).map((procedure) => procedure.path);
    expect(withoutOutput).toEqual([]);
  });
});
