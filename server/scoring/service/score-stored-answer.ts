/**
 * Scores one stored answer (the body of the "score-answer" job). Safe to run any number of times:
 * the score has a unique (answer, rubric version) key. Each model call's cost is written ahead of
 * the call (ai-usage-ledger.ts), so a try killed mid-call still counts and nothing counts twice.
 *
 * When the AI provider is down, the built-in analyzer's score is stored at once, marked
 * provisional, with a regrade-answer job in the same transaction (regrade-answer.ts replaces it
 * when the provider recovers). The fallback reason is stored with the score and logged.
 */
import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answers } from "@/db/schema";
import { isRowGone } from "@/db/row-gone";
import { recomputeInterviewScore } from "@/server/interviews/interview-score";
import { logger } from "@/server/logger";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { applyCodeTests } from "@/server/scoring/code-tests";
import { notifyAnswerChanged } from "@/server/realtime/notify";
import { aiUsageLedger } from "./ai-usage-ledger";
import { scoringEngine, type TScoringEngine } from "./engine";
import { storeScore } from "./store-score";
import { scoreWithCache } from "./score-cache";
import { loadScoreInput } from "./score-input";

export type TScoreOutcome = "scored" | "already_scored" | "missing";

export async function scoreStoredAnswer(db: TDatabase, answerId: string, engine: TScoringEngine = scoringEngine()): Promise<TScoreOutcome> {
  try {
    return await scoreAnswer(db, answerId, engine);
  } catch (error) {
    // Deleted under the scorer (its account or interview went meanwhile): the usage or score row then
    // references a gone answer (23503). Nothing is left to score: the job is done, not retried.
    if (await isRowGone(db, answers, answerId)) return "missing";
    throw error;
  }
}

async function scoreAnswer(db: TDatabase, answerId: string, engine: TScoringEngine): Promise<TScoreOutcome> {
  // The answer, its question and whether it is scored already: one statement.
  const loaded = await loadScoreInput(db, answerId);
  if (!loaded) return "missing";
  if (loaded.scored) {
    // A try that stored the score of a completed interview and died before its recompute (store-score.ts) is repaired by its retry.
    if (loaded.interviewStatus === "completed") await db.transaction((tx) => recomputeInterviewScore(tx, loaded.answer.interviewId));
    return "already_scored";
  }
  const ledger = aiUsageLedger(db, { purpose: "score", userId: loaded.answer.userId, answerId });
  const result = await scoreWithCache(db, engine, loaded.input, { ledger });
  const provisional = result.fallbackReason !== undefined && result.providerDown === true;
  const stored = await storeScore(db, { ...loaded.answer, track: loaded.track }, result.score, { fallbackReason: result.fallbackReason, provisional });
  if (stored && result.fallbackReason !== undefined) {
    logger().warn({ answerId, provider: engine.provider, reason: result.fallbackReason, provisional }, "AI scoring fell back to the built-in analyzer");
  }
  return stored ? "scored" : "already_scored";
}

/**
 * After the queue's last retry: the candidate still gets a score from the built-in analyzer, and the
 * answer goes to the review queue saying scoring failed — never lost, never stuck in "pending".
 */
export async function scoreAfterFailure(db: TDatabase, answerId: string, lastError: string): Promise<void> {
  const loaded = await loadScoreInput(db, answerId);
  if (!loaded) return;
  try {
    const score = applyCodeTests(await createBuiltinScorer().score(loaded.input), loaded.input.codeTests, loaded.input.feedbackLanguage);
    const stored = await storeScore(db, { ...loaded.answer, track: loaded.track }, score, { fallbackReason: `scoring failed: ${lastError}`, extraReasons: ["scoring_failed"] });
    if (!stored) await db.update(answers).set({ lastError }).where(eq(answers.id, answerId));
  } catch (error) {
    await db.transaction(async (tx) => {
      await tx
        .update(answers)
        .set({ status: "failed", lastError: `${lastError}; fallback failed: ${String(error)}`, flagReasons: sql`array['scoring_failed']` })
        .where(eq(answers.id, answerId));
      await notifyAnswerChanged(tx, loaded.answer);
    });
  }
}
