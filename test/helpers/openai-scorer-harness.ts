/**
 * The OpenAI-compatible scorer pointed at a fake server that each test starts and stops: one setup
 * for every test file of server/scoring/openai.
 */
import { afterEach, beforeEach } from "vitest";
import { createOpenAiScorer } from "@/server/scoring/openai/openai-scorer";
import type { TOpenAiScorerConfig } from "@/server/scoring/openai/types";
import type { TScoreInput } from "@/server/scoring/scorer";
import { startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";

export const TEST_MODEL = "gpt-test-mini";
export const TEST_PRICES = { [TEST_MODEL]: { input: 0.15, output: 0.6 } };

export const PM_ANSWER =
  "First I'd find where users drop off in the invite flow, then test a prompt right after someone shares an album. I'd measure installs from invites per 100 weekly active users, with spam reports as a guardrail.";
export const PM_INPUT: TScoreInput = {
  rubric: "product_management",
  level: "mid",
  question: { text: "How would you increase the number of users who invite a friend in a photo-sharing app?" },
  answer: PM_ANSWER,
};

export type TFakeOpenAiHarness = {
  /** This test's fake server. */
  fake(): TFakeOpenAi;
  /** A scorer on the fake: single grade, 1 ms backoff, the test prices; overrides win. */
  scorer(overrides?: Partial<TOpenAiScorerConfig>): ReturnType<typeof createOpenAiScorer>;
  /** The system or user message of the index-th request the fake received. */
  message(role: "system" | "user", index?: number): string;
};

/** Registers beforeEach/afterEach for the calling file: a fresh fake server per test. */
export function withFakeOpenAi(): TFakeOpenAiHarness {
  let fake: TFakeOpenAi | undefined;
  beforeEach(async () => {
    fake = await startFakeOpenAi();
  });
  afterEach(async () => {
    await fake?.close();
  });
  const current = (): TFakeOpenAi => {
    if (!fake) throw new Error("the fake OpenAI server runs only inside a test");
    return fake;
  };
  return {
    fake: current,
    scorer: (overrides = {}) =>
      createOpenAiScorer({
        apiKey: "test-key",
        baseURL: current().baseURL,
        model: TEST_MODEL,
        priceTable: TEST_PRICES,
        doubleCheck: false,
        retryBaseDelayMs: 1,
        ...overrides,
      }),
    message: (role, index = 0) => {
      const body = current().requests[index]?.body as { messages?: Array<{ role: string; content: string }> } | undefined;
      return body?.messages?.find((m) => m.role === role)?.content ?? "";
    },
  };
}
