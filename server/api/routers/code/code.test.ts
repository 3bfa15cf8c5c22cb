import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers, questions, scores, users } from "@/db/schema";
import { getCodeRunnerPool, shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { asSessionUser, callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

beforeAll(async () => {
  await warmCodeRunner();
}, 120_000);
afterAll(async () => {
  await shutdownCodeRunner();
});

/** The built-in analyzer under a model of its own, so the score cache never answers for it. */
function freshEngine(): TScoringEngine {
  const builtin = createBuiltinScorer();
  return { provider: "builtin", model: `code-${randomUUID()}`, score: async (input) => ({ score: await builtin.score(input), calls: [] }) };
}

async function codingInterview(label: string) {
  const candidate = await verifiedTestUser(db, label);
  const { interview } = await candidate.caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
  const question = interview.questions[0]!;
  const [row] = await db.select().from(questions).where(eq(questions.id, question.questionId));
  return { ...candidate, interview, question, spec: row!.coding as TCodingSpec };
}

async function scoreOf(answerId: string) {
  expect(await scoreStoredAnswer(db, answerId, freshEngine())).toBe("scored");
  const [row] = await db.select().from(scores).where(eq(scores.answerId, answerId));
  return row!;
}

const EXPLANATION = "I use a hash map for O(n) time and O(n) space, one pass over the input.";

describe("coding answers: run, submit, score from tests", () => {
  it("the interview shows the signatures and visible examples, never hidden tests or references", async () => {
    const { question, spec } = await codingInterview("code-dto");
    expect(question.coding?.signatures).toEqual(spec.signatures);
    expect(question.coding?.examples).toEqual(spec.examples);
    const json = JSON.stringify(question);
    expect(json).not.toContain(spec.reference.python.slice(0, 40));
    for (const hidden of spec.hiddenTests) expect(json).not.toContain(`"${hidden.name}"`);
  });

  it("code.run runs the visible tests: the reference passes them, the starter fails them", async () => {
    const { caller, question, spec } = await codingInterview("code-run");
    const good = await caller.code.run({ questionId: question.questionId, language: "python", code: spec.reference.python });
    expect(good.status).toBe("passed");
    expect(good.tests.map((t) => t.name)).toEqual(spec.examples.map((t) => t.name));
    const bad = await caller.code.run({ questionId: question.questionId, language: "javascript", code: spec.signatures.javascript });
    expect(bad.status).not.toBe("passed");
  });

  it("correct code scores full correctness and stores the whole test table with the score", async () => {
    const { caller, interview, question, spec } = await codingInterview("code-good");
    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: EXPLANATION, code: spec.reference.python, language: "python" });
    const [stored] = await db.select().from(answers).where(eq(answers.id, answer.id));
    expect(stored).toMatchObject({ code: spec.reference.python, language: "python", text: EXPLANATION });
    const score = await scoreOf(answer.id);
    expect(score.codeTests?.status).toBe("passed");
    expect(score.codeTests?.total).toBe(spec.examples.length + spec.hiddenTests.length);
    expect(score.dimensions.find((d) => d.key === "code_quality")?.score).toBe(10);
    const { interview: after } = await caller.interviews.get({ id: interview.id });
    const shown = after.questions[0]!.answer!;
    expect(shown).toMatchObject({ code: spec.reference.python, language: "python" });
    expect(shown.score?.tests?.passed).toBe(shown.score?.tests?.total);
    expect(shown.score?.tests?.tests.some((t) => t.hidden)).toBe(true);
  }, 60_000);

  it("an admin's rescore grades correctness from the tests again, and a manual score keeps the test table", async () => {
    const { caller, interview, question, spec } = await codingInterview("code-review");
    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: EXPLANATION, code: spec.signatures.python, language: "python" });
    await scoreOf(answer.id);
    const admin = await verifiedTestUser(db, "code-admin");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
    const adminCaller = callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
    const { score: rescored } = await adminCaller.admin.rescore({ answerId: answer.id, using: "builtin" });
    expect(rescored.tests?.status).toBeDefined();
    expect(rescored.tests?.status).not.toBe("passed");
    expect(rescored.dimensions.find((d) => d.key === "code_quality")!.score).toBeLessThanOrEqual(2);
    const keys = ["problem_understanding", "approach", "complexity", "code_quality", "communication"];
    await adminCaller.admin.setManualScore({ answerId: answer.id, dimensions: keys.map((key) => ({ key, score: 5 })), note: "Checked by hand" });
    const { interview: after } = await caller.interviews.get({ id: interview.id });
    expect(after.questions[0]!.answer!.score?.tests?.total).toBe(spec.examples.length + spec.hiddenTests.length);
  }, 60_000);

  it("wrong code: correctness low, the feedback names the failing case with input, expected and actual output", async () => {
    const { caller, interview, question, spec } = await codingInterview("code-wrong");
    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: EXPLANATION, code: spec.signatures.javascript, language: "javascript" });
    const score = await scoreOf(answer.id);
    expect(score.codeTests?.status).not.toBe("passed");
    expect(score.dimensions.find((d) => d.key === "code_quality")!.score).toBeLessThanOrEqual(2);
    const first = score.codeTests!.tests.find((t) => !t.passed)!;
    expect(score.feedback).toContain(`First failing test: ${first.name}`);
    expect(score.feedback).toMatch(/input .*, expected .*/);
  }, 60_000);

  it("hostile code in a submission ends in a clear result and the sandbox stays healthy", async () => {
    const { caller, interview, question, spec } = await codingInterview("code-hostile");
    const hostile = `import os\nos.system("echo hi")\n${spec.signatures.python}`;
    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, code: hostile, language: "python" });
    const score = await scoreOf(answer.id);
    expect(["not_allowed", "error"]).toContain(score.codeTests?.status);
    expect(score.dimensions.find((d) => d.key === "code_quality")!.score).toBe(0);
    const loop = await caller.code.run({ questionId: question.questionId, language: "python", code: `${spec.signatures.python}\nwhile True:\n    pass\n` });
    expect(loop.status).toBe("time_limit");
    const again = await caller.code.run({ questionId: question.questionId, language: "python", code: spec.reference.python });
    expect(again.status).toBe("passed");
    expect(getCodeRunnerPool().size).toBeGreaterThan(0);
  }, 60_000);

  it("refuses bad input with a clear 4xx: another user's interview, a foreign language, NUL bytes, code on a written question", async () => {
    const owner = await codingInterview("code-owner");
    const stranger = await verifiedTestUser(db, "code-stranger");
    const submit = { id: owner.interview.id, questionId: owner.question.questionId, answer: "x", code: owner.spec.reference.python, language: "python" as const };
    await expect(stranger.caller.interviews.submitAnswer(submit)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(owner.caller.interviews.submitAnswer({ ...submit, language: "ruby" as "python" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(owner.caller.interviews.submitAnswer({ ...submit, code: "def f():\u0000 pass" })).rejects.toThrow(/NUL/);
    await expect(owner.caller.interviews.submitAnswer({ ...submit, language: undefined })).rejects.toThrow(/language/);
    await expect(owner.caller.code.run({ questionId: owner.question.questionId, language: "python", code: "x\u0000" })).rejects.toThrow(/NUL/);
    await expect(owner.caller.code.run({ questionId: randomUUID(), language: "python", code: "x = 1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const written = await verifiedTestUser(db, "code-written");
    const { interview } = await written.caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    await expect(written.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "A story.", code: "x = 1", language: "python" })).rejects.toThrow(/written answer/);
    await expect(written.caller.code.run({ questionId, language: "python", code: "x = 1" })).rejects.toThrow(/no tests/);
    // Named in details.fields, as every other 400 names its field (details.field kept for older clients).
    expect((await errorOf(written.caller.code.run({ questionId, language: "python", code: "x = 1" }))).details).toMatchObject({ field: "questionId", fields: { questionId: expect.any(String) as string } });
  }, 60_000);

  it("code.run is rate-limited per user", async () => {
    const { caller, ctx, question } = await codingInterview("code-limit");
    let refused: unknown = null;
    for (let i = 0; i < 40 && !refused; i++) {
      await caller.code.run({ questionId: question.questionId, language: "javascript", code: "function x() {}" }).catch((error: unknown) => {
        refused = error;
      });
    }
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(ctx.res.headers["RateLimit-Remaining"] ?? ctx.res.headers["ratelimit-remaining"]).toBeDefined();
  }, 120_000);
});
