/**
 * Identical (rubric version, provider, model, rubric, level, question, answer) → the stored result,
 * with no second model call. Fallback results are not cached: the model should get another chance.
 * The built-in analyzer makes no model call and is not cached.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { scoreCache } from "@/db/schema";
import { RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import { ZScoreSchema } from "@/server/contracts/vocabulary/score";
import type { TScoreInput } from "@/server/scoring/scorer";
import type { TOpenAiScoreResult } from "@/server/scoring/openai/openai-scorer";
import type { TScoreCallOptions } from "@/server/scoring/openai/types";
import { applyCodeTests } from "@/server/scoring/code-tests";
import type { TScoringEngine } from "./engine";

export function scoreCacheKey(engine: Pick<TScoringEngine, "provider" | "model">, input: TScoreInput): string {
  const identity = [
    RUBRIC_VERSION,
    engine.provider,
    engine.model,
    input.rubric,
    input.level,
    input.question.text,
    input.question.keyPoints ?? [],
    input.answer,
    // Only when set, so keys of inputs without them (ad-hoc analysis) stay what they were: a follow-up
    // graded on one dimension, or a question whose follow-ups changed, is a different result.
    ...(input.focusDimension ? [{ focus: input.focusDimension }] : []),
    ...(input.question.followUps?.length ? [{ followUps: input.question.followUps }] : []),
    // The words are written in the candidate's language: a Russian reader must not get the English result.
    ...(input.feedbackLanguage && input.feedbackLanguage !== "en" ? [{ language: input.feedbackLanguage }] : []),
    // What the code did, not how long it took: a re-run with the same results is the same grade.
    ...(input.codeTests ? [{ tests: input.codeTests.tests.map((test) => [test.name, test.passed, test.actual, test.error ?? null]), status: input.codeTests.status }] : []),
  ];
  return crypto.createHash("sha256").update(JSON.stringify(identity)).digest("hex");
}

export async function scoreWithCache(
  db: TDbOrTx,
  engine: TScoringEngine,
  input: TScoreInput,
  options: TScoreCallOptions = {},
): Promise<TOpenAiScoreResult & { cached: boolean }> {
  // The built-in analyzer is cheaper than the cache's two round trips (look-up, then insert) and
  // always current with its rules: only model calls are worth caching (docs/performance.md, sixth session).
  if (engine.provider === "builtin") {
    const raw = await engine.score(input, options);
    return { ...raw, score: applyCodeTests(raw.score, input.codeTests, input.feedbackLanguage), cached: false };
  }
  const key = scoreCacheKey(engine, input);
  const [hit] = await db.select({ score: scoreCache.score }).from(scoreCache).where(sql`${scoreCache.key} = ${key}`);
  if (hit) {
    const parsed = ZScoreSchema.safeParse(hit.score);
    if (parsed.success) return { score: parsed.data, calls: [], cached: true };
  }
  const raw = await engine.score(input, options);
  const result = { ...raw, score: applyCodeTests(raw.score, input.codeTests, input.feedbackLanguage) };
  if (!result.fallbackReason) {
    await db.insert(scoreCache).values({ key, score: result.score }).onConflictDoNothing();
  }
  return { ...result, cached: false };
}
