/**
 * The job-target features' model calls have a budget per account (found in a hostile pass: every
 * saved job target with a new description was a paid model call, with no limit per account).
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema/rate-limits";
import { createJobTarget } from "@/server/job-targets/store";
import { JOB_AI_PER_USER } from "@/server/rate-limit/fixed-window";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";

const db = connectTestDb();
let fake: TFakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const REFINED = { requirements: [{ text: "SQL for product analytics", kind: "skill" }, { text: "Roadmap prioritization", kind: "skill" }] };
const description = (label: string) =>
  `Product manager (${label}). You will own the roadmap, run A/B tests, write SQL to understand product analytics, and work with engineering and design on prioritization.`;

describe("job-target model budget", () => {
  it("counts each model call against the account's hourly budget", async () => {
    const { user } = await verifiedTestUser(db, "job-ai-budget");
    const config = { apiKey: "test-key", baseURL: fake.baseURL, model: "gpt-4o-mini" };
    fake.enqueue({ kind: "completion", content: JSON.stringify(REFINED), usage: { prompt_tokens: 900, completion_tokens: 60 } });
    const target = await createJobTarget(db, user.id, { title: "PM", level: "mid", description: description("within budget") }, config);
    expect(target.extractedBy).toBe("ai");
    const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, `job-ai:user:${user.id}`));
    expect(row?.count).toBe(1);
  });

  it("once the budget is used up, a new description makes no model call and the rules' list is saved", async () => {
    const { user } = await verifiedTestUser(db, "job-ai-spent");
    await db.insert(rateLimits).values({ key: `job-ai:user:${user.id}`, count: JOB_AI_PER_USER.limit, windowStartedAt: sql`now()`, updatedAt: sql`now()` });
    const config = { apiKey: "test-key", baseURL: fake.baseURL, model: "gpt-4o-mini" };
    const calls = fake.requests.length;
    const target = await createJobTarget(db, user.id, { title: "PM", level: "mid", description: description("over budget") }, config);
    expect(fake.requests.length).toBe(calls);
    expect(target.extractedBy).toBe("rules");
    expect(target.requirements.length).toBeGreaterThan(0);
  });
});
