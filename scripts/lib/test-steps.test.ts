import { describe, expect, it } from "vitest";
import { selectSteps } from "./test-steps";

const stages = [
  [{ name: "typecheck" }, { name: "lint" }],
  [{ name: "unit + integration (vitest)" }],
  [{ name: "end-to-end (playwright)" }],
  [{ name: "log scan for secrets" }],
];

describe("npm test -- <step>", () => {
  it("runs every stage without names", () => {
    expect(selectSteps(stages, [])).toEqual({ stages });
  });

  it("picks the step the README names: vitest, typecheck, lint, end-to-end", () => {
    expect(selectSteps(stages, ["vitest"])).toEqual({ stages: [[{ name: "unit + integration (vitest)" }]] });
    expect(selectSteps(stages, ["lint", "end-to-end"])).toEqual({ stages: [[{ name: "lint" }], [{ name: "end-to-end (playwright)" }]] });
    expect(selectSteps(stages, ["unit"])).toEqual({ stages: [[{ name: "unit + integration (vitest)" }]] });
  });

  it("refuses a name that picks no step instead of passing with nothing run", () => {
    expect(selectSteps(stages, ["vitests", "lint"])).toEqual({ unknown: ["vitests"], known: stages.flat().map((step) => step.name) });
  });
});
