import { desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aiUsage, auditLog, questions } from "@/db/schema";
import { toAppError } from "@/server/errors";
import { registerTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";
import { generateQuestionDrafts } from "./question-drafts";

const db = connectTestDb();
let fake: TFakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const DRAFT = {
  text: "Design a metric to tell whether a new onboarding checklist helps new users.",
  tags: ["Metrics", "onboarding"],
  difficulty: 3,
  keyPoints: ["define activation", "pick a north-star metric", "guardrails such as churn", "run an A/B test"],
  sampleAnswer: "I would start by defining activation for this product as completing the first meaningful action within a week...",
};

describe("AI question drafts", () => {
  it("stores valid drafts inactive for review, records the call's cost, and audit-logs it", async () => {
    const { user } = await registerTestUser(db, "drafter");
    const model = `draft-model-${user.id}`;
    fake.enqueue({ kind: "completion", content: JSON.stringify({ questions: [DRAFT, { ...DRAFT, keyPoints: [] }] }), usage: { prompt_tokens: 400, completion_tokens: 900 } });
    const result = await generateQuestionDrafts(db, { id: user.id, email: user.email }, { track: "product_management", level: "mid", count: 2 }, {
      apiKey: "test",
      baseURL: fake.baseURL,
      model,
    });
    expect(result).toMatchObject({ created: 1, skipped: 1 });
    const rows = await db.select().from(questions).where(inArray(questions.id, result.ids));
    expect(rows[0]).toMatchObject({ active: false, source: "ai_draft", track: "product_management", level: "mid", tags: ["metrics", "onboarding"] });
    const [usage] = await db.select().from(aiUsage).where(eq(aiUsage.model, model));
    expect(usage).toMatchObject({ purpose: "question_drafts", inputTokens: 400, outputTokens: 900, outcome: "ok" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "question.generate_drafts")).orderBy(desc(auditLog.createdAt)).limit(1);
    expect(entry?.actorId).toBe(user.id);
  });

  it("an unusable reply stores nothing and says so; without a provider it refuses", async () => {
    const { user } = await registerTestUser(db, "drafter-bad");
    fake.enqueue({ kind: "completion", content: "not json" });
    const actor = { id: user.id, email: user.email };
    const config = { apiKey: "test", baseURL: fake.baseURL, model: "draft-model-bad" };
    const error = await generateQuestionDrafts(db, actor, { track: "coding", level: "junior", count: 3 }, config).catch(toAppError);
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    const none = await generateQuestionDrafts(db, actor, { track: "coding", level: "junior", count: 3 }, null).catch(toAppError);
    expect(none).toMatchObject({ code: "CONFLICT" });
  });
});
