import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZBrowseQuestionsRequestSchema, ZBrowseQuestionsResponseSchema } from "@/server/contracts/catalog";
import { initTRPC } from "@trpc/server";
import { appRouter } from "./root";
import { syncFirst, syncFirstBuilder, syncFirstOriginal } from "./sync-first-schema";

const row = () => ({ id: randomUUID(), track: "behavioral", level: "mid", text: "Tell me about a conflict.", tags: ["conflict"], difficulty: 2, language: "en", fallback: [] });

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error: error instanceof z.ZodError ? { name: error.name, issues: error.issues } : error }),
  );
}

describe("syncFirst", () => {
  it("gives what parseAsync gives: the same value with undeclared fields stripped, and the same errors", async () => {
    const fast = syncFirst(ZBrowseQuestionsResponseSchema);
    const cases: unknown[] = [
      { language: "en", questions: [row(), { ...row(), secret: "not in the contract" }], nextCursor: null, extra: 1 },
      { language: "ru", questions: [{ ...row(), difficulty: 1.5 }], nextCursor: "x" },
      { language: "de", questions: "no", nextCursor: 3 },
      null,
    ];
    for (const input of cases) expect(await outcome(fast.parseAsync(input))).toEqual(await outcome(ZBrowseQuestionsResponseSchema.parseAsync(input)));
    const stripped = (await fast.parseAsync(cases[0])) as { questions: object[] };
    expect(stripped).not.toHaveProperty("extra");
    expect(stripped.questions[1]).not.toHaveProperty("secret");
    // Coercion and defaults of the input schema too.
    const request = syncFirst(ZBrowseQuestionsRequestSchema);
    for (const input of [{}, { limit: "5", track: "coding" }, { limit: "0" }, { track: "nope", cursor: "x" }]) {
      expect(await outcome(request.parseAsync(input))).toEqual(await outcome(ZBrowseQuestionsRequestSchema.parseAsync(input)));
    }
  });

  it("falls back to the asynchronous parse when the schema needs it", async () => {
    const schema = z.object({ name: z.string().refine(async (value) => value !== "taken", "taken") });
    const fast = syncFirst(schema);
    await expect(fast.parseAsync({ name: "free" })).resolves.toEqual({ name: "free" });
    await expect(fast.parseAsync({ name: "taken" })).rejects.toBeInstanceOf(z.ZodError);
  });

  it("parses synchronously when it can (the reason it exists)", async () => {
    const fast = syncFirst(ZBrowseQuestionsResponseSchema);
    let syncParses = 0;
    const parse = fast.parse.bind(fast);
    Object.defineProperty(fast, "parse", { value: (...args: Parameters<typeof parse>) => (syncParses += 1, parse(...args)) });
    await fast.parseAsync({ language: "en", questions: [row()], nextCursor: null });
    expect(syncParses).toBe(1);
  });
});

describe("syncFirstBuilder: every procedure validates sync-first", () => {
  type TDef = { _def: { inputs: unknown[]; output?: unknown; type: string } };
  const procedures = async () => Object.entries(appRouter._def.procedures as unknown as Record<string, TDef>);
  // Values every kind of schema has to answer: nothing, wrong types, half-filled objects.
  const probes: unknown[] = [undefined, null, {}, [], "x", 42, { id: "not-a-uuid" }, { id: randomUUID(), limit: "5", cursor: 3 }, { answer: "", questionId: null }];

  it("gives every procedure's input and output schema as a sync-first copy of the contract's", async () => {
    const all = await procedures();
    expect(all.length).toBeGreaterThan(50);
    for (const [path, procedure] of all) {
      for (const schema of [...procedure._def.inputs, procedure._def.output].filter((value) => value !== undefined)) {
        expect(syncFirstOriginal(schema), path).toBeDefined();
      }
    }
  });

  it("answers each procedure's probes as the contract's schema does with parseAsync (values, errors)", async () => {
    let compared = 0;
    for (const [path, procedure] of await procedures()) {
      for (const schema of [...procedure._def.inputs, procedure._def.output] as Array<z.ZodType | undefined>) {
        const original = syncFirstOriginal(schema);
        if (!schema || !original) continue;
        for (const probe of probes) {
          expect(await outcome(schema.parseAsync(probe)), `${path} ${JSON.stringify(probe)}`).toEqual(await outcome(original.parseAsync(probe)));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("keeps the schema's JSON Schema (the OpenAPI document reads it) and is not copied twice", async () => {
    for (const [path, procedure] of await procedures()) {
      for (const schema of procedure._def.inputs as z.ZodType[]) {
        const original = syncFirstOriginal(schema)!;
        const json = (value: z.ZodType) => JSON.stringify(z.toJSONSchema(value, { io: "input", unrepresentable: "any" }));
        expect(json(schema), path).toBe(json(original));
        expect(syncFirst(schema)).toBe(schema);
      }
    }
  });

  it("wraps builders chained from a wrapped one (use, meta) and leaves other validators alone", () => {
    const base = syncFirstBuilder(initTRPC.create().procedure);
    const schema = z.object({ name: z.string() });
    const chained = base.use(({ next }) => next()).meta({}).input(schema).output(schema);
    const def = chained._def as unknown as TDef["_def"];
    expect(syncFirstOriginal(def.inputs[0])).toBe(schema);
    expect(syncFirstOriginal(def.output)).toBe(schema);
    const plain = (value: unknown) => value as { name: string };
    expect((base.input(plain)._def as unknown as TDef["_def"]).inputs[0]).toBe(plain);
  });
});
