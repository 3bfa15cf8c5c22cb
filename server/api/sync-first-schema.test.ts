import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZBrowseQuestionsRequestSchema, ZBrowseQuestionsResponseSchema } from "@/server/contracts/catalog";
import { syncFirst } from "./sync-first-schema";

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
