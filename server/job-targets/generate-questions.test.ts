/**
 * Gap filling with an AI provider (the fake OpenAI-compatible server): a top requirement the bank
 * cannot cover gets a question written for it, stored inactive as job_ai and owned by the candidate;
 * it is asked in their tailored interview, reused next time, never listed for anyone else, refused
 * when it duplicates the bank, and deleted with the account.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { aiUsage, jobGeneratedQuestions, questions } from "@/db/schema";
import { deleteAccount } from "@/server/accounts/delete-account";
import { searchQuestions } from "@/server/admin/question-bank";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";
import { duplicatesBank } from "./generate-questions";
import { startJobInterview } from "./start-job-interview";

const db = connectTestDb();
let fake: TFakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const GAP = "Design sourdough fermentation schedules for a bakery chain";
const WRITTEN = {
  questions: [
    {
      requirement: GAP,
      track: "product_management",
      text: "Our bakery chain wants one fermentation schedule for sourdough across 40 shops with different ovens. How would you design and roll it out?",
      tags: ["operations", "process-design"],
      keyPoints: ["constraints per shop", "pilot in a few shops", "measure loaf quality and waste", "train bakers"],
      sampleAnswer:
        "I would start from the constraints of each shop: oven capacity, staff hours and demand by day. Then I would design two or three schedules rather than one, pilot them in four shops for two weeks, and measure loaf quality scores, waste and staff overtime. Based on the pilot I would pick the schedule per shop type, train the bakers with a one-page guide and review the numbers monthly.",
    },
  ],
};

describe("questions written for uncovered requirements", () => {
  it("writes, stores privately, asks, reuses, and deletes with the account", async () => {
    const { user, caller, password } = await verifiedTestUser(db, "jobs-gen");
    const { jobTarget } = await caller.jobTargets.create({ title: "Bakery operations lead", level: "mid", description: `Requirements:\n- ${GAP}\n- Run weekly quality reviews with shop managers` });
    await caller.jobTargets.setRequirements({ id: jobTarget.id, requirements: [{ text: GAP, kind: "skill" }] });
    const config = { apiKey: "k", baseURL: fake.baseURL, model: "gpt-4o-mini" };
    fake.enqueue({ kind: "completion", content: JSON.stringify(WRITTEN), usage: { prompt_tokens: 800, completion_tokens: 400 } });

    const { result: started } = await startJobInterview(db, user.id, { id: jobTarget.id, questionCount: 3 }, { ai: config });
    const generated = started.items.find((item) => item.requirementText === GAP);
    expect(generated?.questionText).toBe(WRITTEN.questions[0]!.text);
    const [row] = await db.select().from(questions).where(eq(questions.id, generated!.questionId));
    expect(row).toMatchObject({ active: false, source: "job_ai", level: "mid" });
    expect(await db.select().from(jobGeneratedQuestions).where(eq(jobGeneratedQuestions.userId, user.id))).toHaveLength(1);
    expect((await db.select().from(aiUsage).where(eq(aiUsage.userId, user.id))).map((usage) => usage.purpose)).toEqual(["question_drafts"]);

    // Not in the admin bank list, the catalogue or another candidate's practice.
    expect((await searchQuestions(db, { query: "fermentation", limit: 50, offset: 0 })).questions).toHaveLength(0);
    const other = await verifiedTestUser(db, "jobs-gen-other");
    const catalogue = await other.caller.catalog.questions({ limit: 100 });
    expect(JSON.stringify(catalogue)).not.toContain("fermentation");

    // Next time the same gap reuses the question: no second model call.
    const calls = fake.requests.length;
    const { result: again } = await startJobInterview(db, user.id, { id: jobTarget.id, questionCount: 3 }, { ai: config });
    expect(again.items.some((item) => item.questionId === generated!.questionId)).toBe(true);
    expect(fake.requests.length).toBe(calls);

    await deleteAccount(db, { userId: user.id, password });
    expect(await db.select().from(questions).where(eq(questions.id, generated!.questionId))).toHaveLength(0);
  });

  it("calls the model before the start transaction: a slow model holds no transaction open, idempotency and quota unchanged", async () => {
    const { user, caller } = await verifiedTestUser(db, "jobs-gen-slow");
    const { jobTarget } = await caller.jobTargets.create({ title: "Bakery operations lead", level: "mid", description: `Requirements:\n- ${GAP}\n- Run weekly quality reviews with shop managers` });
    await caller.jobTargets.setRequirements({ id: jobTarget.id, requirements: [{ text: GAP, kind: "skill" }] });
    fake.enqueue({ kind: "completion", content: JSON.stringify(WRITTEN), delayMs: 1_500 });
    const calls = fake.requests.length;
    const starting = startJobInterview(db, user.id, { id: jobTarget.id, questionCount: 3 }, { ai: { apiKey: "k", baseURL: fake.baseURL, model: "gpt-4o-mini" }, idempotencyKey: "slow-model" });
    while (fake.requests.length === calls) await new Promise((resolve) => setTimeout(resolve, 20));
    // While the model thinks: no session sits inside a transaction after reading this job's drafts (the step before the call).
    const open = await db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and query ilike '%job_generated_questions%'`,
    );
    expect((open as unknown as Array<{ n: number }>)[0]!.n).toBe(0);
    const first = await starting;
    expect(first.replayed).toBe(false);
    expect(first.result.items.some((item) => item.requirementText === GAP)).toBe(true);
    // The same key replays without a model call; the free plan's second interview is the only other one left.
    const replay = await startJobInterview(db, user.id, { id: jobTarget.id, questionCount: 3 }, { ai: { apiKey: "k", baseURL: fake.baseURL, model: "gpt-4o-mini" }, idempotencyKey: "slow-model" });
    expect(replay).toMatchObject({ replayed: true, result: { interviewId: first.result.interviewId } });
    expect(fake.requests.length).toBe(calls + 1);
    expect((await caller.interviews.list({})).interviews).toHaveLength(1);
  });

  it("treats a near-copy of a bank question as a duplicate", () => {
    const bank = SEED_QUESTIONS.map((question) => ({ text: question.text }));
    expect(duplicatesBank(SEED_QUESTIONS[0]!.text, bank)).toBe(true);
    expect(duplicatesBank(WRITTEN.questions[0]!.text, bank)).toBe(false);
  });
});
