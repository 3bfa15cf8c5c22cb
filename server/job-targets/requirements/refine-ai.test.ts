/**
 * AI refinement through the real OpenAI SDK against the fake OpenAI-compatible server: structured
 * output, cost in ai_usage, cached by description hash (a second job target with the same
 * description makes no call), and a provider failure falls back to the rules' list.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aiUsage } from "@/db/schema";
import { createJobTarget } from "@/server/job-targets/store";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";

const db = connectTestDb();
const DESCRIPTION = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/frontend-mid-react.txt"), "utf8");
let fake: TFakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const REFINED = {
  requirements: [
    { text: "React and TypeScript for a booking flow", kind: "skill" },
    { text: "Web performance: Core Web Vitals and bundle size", kind: "skill" },
    { text: "Accessibility to WCAG 2.1 AA", kind: "skill" },
    { text: "3+ years building web applications", kind: "seniority" },
  ],
};

describe("AI refinement of requirements", () => {
  it("uses the model's structured list, records the cost, and caches by description", async () => {
    const { user } = await verifiedTestUser(db, "jobs-ai");
    const config = { apiKey: "test-key", baseURL: fake.baseURL, model: "gpt-4o-mini" };
    fake.enqueue({ kind: "completion", content: JSON.stringify(REFINED), usage: { prompt_tokens: 1200, completion_tokens: 150 } });
    const first = await createJobTarget(db, user.id, { title: "Frontend Engineer", level: "mid", description: DESCRIPTION }, config);
    expect(first.extractedBy).toBe("ai");
    expect(first.requirements.map((requirement) => requirement.text)).toEqual(REFINED.requirements.map((requirement) => requirement.text));
    expect(first.requirements[1]!.tags).toContain("performance");
    const request = fake.requests.at(-1)!.body as { response_format?: { type: string }; messages: Array<{ content: string }> };
    expect(request.response_format?.type).toBe("json_schema");
    expect(request.messages[1]!.content).toContain("<description>");

    const usage = await db.select().from(aiUsage).where(and(eq(aiUsage.userId, user.id), eq(aiUsage.purpose, "job_requirements")));
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ inputTokens: 1200, outputTokens: 150, outcome: "ok" });
    expect(Number(usage[0]!.costUsd)).toBeGreaterThan(0);

    // Same description again: from the cache, no second call.
    const calls = fake.requests.length;
    const second = await createJobTarget(db, user.id, { title: "Frontend Engineer (again)", level: "mid", description: DESCRIPTION }, config);
    expect(second.extractedBy).toBe("ai");
    expect(fake.requests.length).toBe(calls);
  });

  it("falls back to the rules' list when the provider fails, and records the failed call", async () => {
    const { user } = await verifiedTestUser(db, "jobs-ai-down");
    fake.enqueue({ kind: "error", status: 500 });
    const target = await createJobTarget(db, user.id, { title: "Frontend", level: "mid", description: `${DESCRIPTION}\nOne more line makes another hash.` }, { apiKey: "k", baseURL: fake.baseURL, model: "gpt-4o-mini" });
    expect(target.extractedBy).toBe("rules");
    expect(target.requirements.length).toBeGreaterThan(5);
    const usage = await db.select().from(aiUsage).where(eq(aiUsage.userId, user.id));
    expect(usage.map((row) => row.outcome)).toEqual(["error"]);
  });
});
