/**
 * Scores one stored answer (the body of the "score-answer" job). Safe to run any number of times:
 * the score has a unique (answer, rubric version) key, and its cost is recorded in the same
 * transaction as the score, only by the run whose insert wins.
 */
import { and, eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answers, scores } from "@/db/schema";
import { recomputeInterviewScore } from "@/server/interviews/interview-score";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { RUBRIC_VERSION } from "@/server/scoring/rubrics";
import type { TScore } from "@/server/scoring/score-schema";
import type { TTrack } from "@/server/tracks";
import type { AiCallRecord } from "@/server/scoring/openai/types";
import { notifyAnswerChanged } from "@/server/realtime/notify";
import { scoringEngine, type TScoringEngine } from "./engine";
import { recordAiUsage } from "./record-ai-usage";
import { scoreRowValues } from "./score-row";
import { scoreWithCache } from "./score-cache";
import { loadScoreInput } from "./score-input";

/** Score flags that put an answer in the admins' review queue (the score still shows, marked). */
const REVIEW_FLAGS = new Set(["possible_prompt_injection", "ai_fallback", "inconsistent"]);

export type TScoreOutcome = "scored" | "already_scored" | "missing";

/** Follow-up answers are graded as answers to the follow-up, focused on its dimension (score-input.ts). */
function loadScoringInput(db: TDatabase, answerId: string) {
  return loadScoreInput(db, answerId);
}

async function storeScore(
  db: TDatabase,
  answer: { id: string; userId: string; interviewId: string; track: TTrack },
  score: TScore,
  calls: readonly AiCallRecord[],
  extraReasons: string[] = [],
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(scores)
      .values(scoreRowValues(answer.id, answer.track, score))
      .onConflictDoNothing({ target: [scores.answerId, scores.rubricVersion] })
      .returning({ id: scores.id });
    if (inserted.length === 0) return false;
    await recordAiUsage(tx, calls, { purpose: "score", userId: answer.userId, answerId: answer.id });
    const reasons = [...new Set([...score.flags.filter((flag) => REVIEW_FLAGS.has(flag)), ...extraReasons])];
    await tx
      .update(answers)
      .set({ status: reasons.length > 0 ? "flagged" : "scored", flagReasons: reasons, scoredAt: sql`now()`, lastError: null })
      .where(eq(answers.id, answer.id));
    // A score that lands after the interview was completed (a rescore job, a late retry) moves its overall score.
    await recomputeInterviewScore(tx, answer.interviewId);
    // Delivered on commit: the candidate's page (any web process) reads the score at once.
    await notifyAnswerChanged(tx, answer);
    return true;
  });
}

export async function scoreStoredAnswer(db: TDatabase, answerId: string, engine: TScoringEngine = scoringEngine()): Promise<TScoreOutcome> {
  const loaded = await loadScoringInput(db, answerId);
  if (!loaded) return "missing";
  const [existing] = await db
    .select({ id: scores.id })
    .from(scores)
    .where(and(eq(scores.answerId, answerId), eq(scores.rubricVersion, RUBRIC_VERSION)));
  if (existing) return "already_scored";
  const result = await scoreWithCache(db, engine, loaded.input);
  const stored = await storeScore(db, { ...loaded.answer, track: loaded.track }, result.score, result.calls);
  return stored ? "scored" : "already_scored";
}

/**
 * After the queue's last retry: the candidate still gets a score from the built-in analyzer, and the
 * answer goes to the review queue saying scoring failed — never lost, never stuck in "pending".
 */
export async function scoreAfterFailure(db: TDatabase, answerId: string, lastError: string): Promise<void> {
  const loaded = await loadScoringInput(db, answerId);
  if (!loaded) return;
  try {
    const score = await createBuiltinScorer().score(loaded.input);
    const stored = await storeScore(db, { ...loaded.answer, track: loaded.track }, score, [], ["scoring_failed"]);
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
