/**
 * The review queue of flagged answers: why each was flagged, the answer, the score (or the error),
 * and the actions that resolve it — rescore (built-in or AI), a manual score with a note, dismiss.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answerReviews, answers, interviews, questions, scores, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recomputeInterviewScore } from "@/server/interviews/interview-score";
import { REVIEWER_LABEL, scoreFromRow } from "@/server/interviews/load-interview";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { computeTotal, getRubric, RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { scoringEngine, type TScoringEngine } from "@/server/scoring/service/engine";
import { aiUsageLedger } from "@/server/scoring/service/ai-usage-ledger";
import { scoreRowValues } from "@/server/scoring/service/score-row";
import { loadScoreInput } from "@/server/scoring/service/score-input";
import { applyCodeTests } from "@/server/scoring/code-tests";
import { audit, type TActor } from "./audit";

export async function listFlagged(db: TDatabase, options: { limit: number }) {
  const rows = await db
    .select({ answer: answers, track: interviews.track, level: interviews.level, userEmail: users.email, questionText: questions.text })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoin(users, eq(users.id, answers.userId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(inArray(answers.status, ["flagged", "failed"]))
    .orderBy(asc(answers.createdAt))
    .limit(options.limit);
  const ids = rows.map((row) => row.answer.id);
  const [scoreRows, reviewRows] = ids.length
    ? await Promise.all([
        db.select().from(scores).where(inArray(scores.answerId, ids)).orderBy(desc(scores.createdAt)),
        db.select().from(answerReviews).where(inArray(answerReviews.answerId, ids)).orderBy(asc(answerReviews.createdAt)),
      ])
    : [[], []];
  return rows.map((row) => {
    const score = scoreRows.find((candidate) => candidate.answerId === row.answer.id);
    return {
      id: row.answer.id,
      status: row.answer.status,
      reasons: row.answer.flagReasons,
      track: row.track,
      level: row.level,
      userEmail: row.userEmail,
      question: row.answer.prompt ?? row.questionText,
      answer: row.answer.text,
      error: row.answer.lastError,
      createdAt: row.answer.createdAt.toISOString(),
      score: score ? scoreFromRow(score) : null,
      manual: score?.manual ?? false,
      disputes: reviewRows.filter((review) => review.answerId === row.answer.id && review.kind === "dispute").map((review) => review.note ?? ""),
    };
  });
}

async function loadForReview(db: TDatabase, answerId: string) {
  const [row] = await db
    .select({ answer: answers, track: interviews.track, level: interviews.level, question: questions, language: sql<TLanguage>`coalesce(${users.language}, ${interviews.language})` })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(users, eq(users.id, answers.userId))
    .where(eq(answers.id, answerId));
  if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
  return row;
}

/**
 * Replaces the answer's current score (same rubric version), closes its review and recomputes the
 * interview's overall score and pass/fail, all in one transaction. Every admin outcome (rescore,
 * manual score, the answer to a dispute) goes through here.
 */
async function replaceScore(
  db: TDatabase,
  actor: TActor,
  answer: { id: string; interviewId: string },
  track: TTrack,
  score: TScore,
  review: { kind: "rescore_builtin" | "rescore_ai" | "manual_score"; note?: string | null; manual: boolean },
) {
  const answerId = answer.id;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(scores).where(and(eq(scores.answerId, answerId), eq(scores.rubricVersion, score.scoredBy.rubricVersion)));
    const values = scoreRowValues(answerId, track, score, review.manual, review.note ?? null);
    await tx.insert(scores).values(values).onConflictDoUpdate({ target: [scores.answerId, scores.rubricVersion], set: { ...values, createdAt: sql`now()` } });
    await tx.update(answers).set({ status: "scored", flagReasons: [], lastError: null, scoredAt: sql`now()` }).where(eq(answers.id, answerId));
    await tx.insert(answerReviews).values({ answerId, kind: review.kind, actorId: actor.id, note: review.note ?? null });
    await audit(tx, actor, {
      action: `answer.${review.kind}`,
      targetType: "answer",
      targetId: answerId,
      before: before ? { total: before.total, provider: before.provider, manual: before.manual } : null,
      after: { total: score.total, provider: score.scoredBy.provider, manual: review.manual },
      note: review.note,
    });
    await recomputeInterviewScore(tx, answer.interviewId);
  });
}

export async function rescoreAnswer(db: TDatabase, actor: TActor, answerId: string, using: "builtin" | "ai", engine: TScoringEngine = scoringEngine()) {
  const row = await loadForReview(db, answerId);
  // The input the scoring job builds: a follow-up answer is graded on the follow-up and the dimension it probes.
  const loaded = await loadScoreInput(db, answerId);
  if (!loaded) throw new AppError("NOT_FOUND", "Answer not found.");
  const input = loaded.input;
  if (using === "ai" && engine.provider !== "openai") {
    throw new AppError("CONFLICT", "No AI provider is configured on this server (set OPENAI_API_KEY).");
  }
  // Spend is written ahead of each model call (ai-usage-ledger.ts), so a killed call still counts.
  const ledger = aiUsageLedger(db, { purpose: "score", userId: row.answer.userId, answerId });
  const result = using === "builtin" ? { score: await createBuiltinScorer().score(input), calls: [] } : await engine.score(input, { ledger });
  // A coding answer's correctness comes from its tests here too, as in the scoring job.
  result.score = applyCodeTests(result.score, input.codeTests, input.feedbackLanguage);
  await replaceScore(db, actor, row.answer, row.track, result.score, { kind: using === "builtin" ? "rescore_builtin" : "rescore_ai", manual: false });
  return result.score;
}

export async function setManualScore(
  db: TDatabase,
  actor: TActor,
  input: { answerId: string; dimensions: Array<{ key: string; score: number }>; note: string },
) {
  const row = await loadForReview(db, input.answerId);
  const rubric = getRubric(row.track);
  const [current] = await db.select().from(scores).where(eq(scores.answerId, input.answerId)).orderBy(desc(scores.createdAt)).limit(1);
  const dimensions = rubric.dimensions.map((dimension) => {
    const given = input.dimensions.find((candidate) => candidate.key === dimension.key);
    if (!given) throw new AppError("VALIDATION_ERROR", `Give a score for ${dimension.label}.`, { fields: { [dimension.key]: "required" } });
    if (!Number.isInteger(given.score) || given.score < 0 || given.score > dimension.max) {
      throw new AppError("VALIDATION_ERROR", `${dimension.label} must be a whole number from 0 to ${dimension.max}.`, { fields: { [dimension.key]: "out of range" } });
    }
    const previous = current?.dimensions.find((candidate) => candidate.key === dimension.key);
    // The automatic comment is kept for "Original automatic feedback"; the reviewer speaks through the note.
    return { key: dimension.key, label: dimension.label, score: given.score, max: dimension.max, comment: previous?.comment ?? "", evidence: previous?.evidence ?? [] };
  });
  const total = computeTotal(dimensions);
  // An answer whose scoring failed has no automatic words yet: they are written in the candidate's language, as the scoring job would.
  const base = current
    ? scoreFromRow(current)
    : await createBuiltinScorer().score({ rubric: row.track, level: row.level, question: { text: row.answer.prompt }, answer: row.answer.text, feedbackLanguage: row.language });
  const score: TScore = {
    ...base,
    total,
    dimensions,
    flags: [],
    // base is read through scoreFromRow, so feedback is the automatic one even when replacing a manual score.
    feedback: base.feedback,
    // Who reviewed is kept in answer_reviews and the audit log, never in the score a candidate sees.
    scoredBy: { provider: "manual", model: REVIEWER_LABEL, rubricVersion: current?.rubricVersion ?? RUBRIC_VERSION },
    tokens: null,
    latencyMs: 0,
  };
  await replaceScore(db, actor, row.answer, row.track, score, { kind: "manual_score", note: input.note, manual: true });
  return score;
}

export async function dismissFlag(db: TDatabase, actor: TActor, answerId: string, note: string | null) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ status: answers.status, reasons: answers.flagReasons }).from(answers).where(eq(answers.id, answerId));
    if (!before) throw new AppError("NOT_FOUND", "Answer not found.");
    await tx.update(answers).set({ status: "scored", flagReasons: [] }).where(eq(answers.id, answerId));
    await tx.insert(answerReviews).values({ answerId, kind: "dismiss", actorId: actor.id, note });
    await audit(tx, actor, { action: "answer.dismiss_flag", targetType: "answer", targetId: answerId, before, after: { status: "scored" }, note });
  });
}

/** A candidate disputes their score: the answer joins the review queue with their reason. */
export async function disputeScore(db: TDatabase, userId: string, input: { answerId: string; reason: string }) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ status: answers.status }).from(answers).where(and(eq(answers.id, input.answerId), eq(answers.userId, userId)));
    if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
    if (row.status === "pending") throw new AppError("CONFLICT", "This answer is still being scored.");
    await tx
      .update(answers)
      .set({ status: "flagged", flagReasons: sql`array(select distinct unnest(${answers.flagReasons} || array['user_dispute']))` })
      .where(eq(answers.id, input.answerId));
    await tx.insert(answerReviews).values({ answerId: input.answerId, kind: "dispute", actorId: userId, note: input.reason });
  });
}
