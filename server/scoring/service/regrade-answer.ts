/**
 * The body of the "regrade-answer" job: replaces a provisional score (the built-in analyzer's,
 * given while the AI provider was down) with the AI grade once the provider answers again.
 *
 * "One score per answer" holds: the AI grade overwrites the same row, in one transaction with the
 * answer's status and the interview's overall score, and only while that row is still provisional
 * and not manual (the UPDATE's own WHERE, so an admin's score stored meanwhile always wins).
 * While the provider is still down the try throws and the queue retries it minutes later; a fallback
 * the provider cannot fix (unusable output, out of quota, no AI configured any more) or the last
 * failed try ends it: the built-in score stays, no longer provisional, and goes to admin review.
 */
import { and, eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answers, scores } from "@/db/schema";
import { logger } from "@/server/logger";
import { notifyAnswerChanged } from "@/server/realtime/notify";
import { RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { aiUsageLedger } from "./ai-usage-ledger";
import { scoringEngine, type TScoringEngine } from "./engine";
import { reviewReasons } from "./review-reasons";
import { scoreWithCache } from "./score-cache";
import { loadScoreInput } from "./score-input";
import { scoreRowValues } from "./score-row";
import { lockAnswerInterview, settleScoredAnswer } from "./settle-answer";

export type TRegradeOutcome = "replaced" | "not_provisional" | "missing" | "kept_builtin";

/** The provider is still down: thrown so the queue tries again later, with backoff. */
export class ProviderStillDownError extends Error {}

type TProvisionalRow = { id: string; followUp: string | null };

async function provisionalRow(db: TDatabase, answerId: string): Promise<TProvisionalRow | undefined> {
  const [row] = await db
    .select({ id: scores.id, followUp: scores.followUp })
    .from(scores)
    .where(and(eq(scores.answerId, answerId), eq(scores.rubricVersion, RUBRIC_VERSION), eq(scores.provisional, true), eq(scores.manual, false)));
  return row;
}

/** The still-provisional, non-manual row with this id: the only row a re-grade may change. */
const stillProvisional = (id: string) => and(eq(scores.id, id), eq(scores.provisional, true), eq(scores.manual, false));

/**
 * Ends a re-grade without an AI grade: the built-in score stays (no longer provisional, with the
 * reason) and the answer goes to the review queue as an AI fallback. False when the row changed meanwhile.
 */
export async function keepBuiltinScore(db: TDatabase, answerId: string, reason: string): Promise<boolean> {
  const row = await provisionalRow(db, answerId);
  if (!row) return false;
  const kept = await db.transaction(async (tx) => {
    await lockAnswerInterview(tx, { answerId });
    const updated = await tx.update(scores).set({ provisional: false, fallbackReason: reason }).where(stillProvisional(row.id)).returning({ id: scores.id });
    if (updated.length === 0) return null;
    const [answer] = await tx
      .update(answers)
      .set({ status: "flagged", flagReasons: sql`array(select distinct unnest(${answers.flagReasons} || array['ai_fallback']::text[]))` })
      .where(eq(answers.id, answerId))
      .returning({ id: answers.id, userId: answers.userId });
    if (answer) await notifyAnswerChanged(tx, answer);
    return answer ?? null;
  });
  if (kept) logger().warn({ answerId, reason }, "AI re-grade gave up; the built-in score stays");
  return kept !== null;
}

export async function regradeProvisionalScore(db: TDatabase, answerId: string, engine: TScoringEngine = scoringEngine()): Promise<TRegradeOutcome> {
  const row = await provisionalRow(db, answerId);
  if (!row) return "not_provisional";
  const loaded = await loadScoreInput(db, answerId);
  if (!loaded) return "missing";
  if (engine.provider !== "openai") {
    return (await keepBuiltinScore(db, answerId, "no AI provider is configured any more")) ? "kept_builtin" : "not_provisional";
  }
  const ledger = aiUsageLedger(db, { purpose: "score", userId: loaded.answer.userId, answerId });
  const result = await scoreWithCache(db, engine, loaded.input, { ledger });
  if (result.fallbackReason !== undefined) {
    if (result.providerDown) throw new ProviderStillDownError(`the AI provider is still unavailable: ${result.fallbackReason}`);
    return (await keepBuiltinScore(db, answerId, result.fallbackReason)) ? "kept_builtin" : "not_provisional";
  }
  const replaced = await replaceProvisional(db, { ...loaded.answer, track: loaded.track }, row, result.score);
  if (replaced) logger().info({ answerId, provider: engine.provider, model: engine.model }, "AI re-grade replaced a provisional score");
  return replaced ? "replaced" : "not_provisional";
}

async function replaceProvisional(
  db: TDatabase,
  answer: { id: string; userId: string; interviewId: string; interviewQuestionId: string; track: Parameters<typeof scoreRowValues>[1] },
  row: TProvisionalRow,
  score: TScore,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockAnswerInterview(tx, { interviewId: answer.interviewId });
    // A follow-up already asked from the provisional score stays the one shown: the candidate answered it.
    const [askedFollowUp] = await tx
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.interviewQuestionId, answer.interviewQuestionId), eq(answers.kind, "follow_up")))
      .limit(1);
    const values = { ...scoreRowValues(answer.id, answer.track, score), ...(askedFollowUp ? { followUp: row.followUp } : {}) };
    const updated = await tx.update(scores).set(values).where(stillProvisional(row.id)).returning({ id: scores.id });
    if (updated.length === 0) return false;
    await settleScoredAnswer(tx, answer, reviewReasons(score.flags));
    return true;
  });
}
