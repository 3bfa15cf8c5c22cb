import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, questions, scores, type TAnswerRow } from "@/db/schema";
import { publicCodingSpec } from "@/server/code-runner/public-spec";
import { AppError } from "@/server/errors";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TAnswer, TInterview } from "@/server/contracts/interviews";
import { countedAttempt } from "./interview-score";
import { interviewFields } from "./interview-fields";
import { loadTranslations } from "@/server/questions/translations";
import { localizeQuestion } from "@/server/questions/localized-question";

type TScoreRow = typeof scores.$inferSelect;

/** How a manual score is attributed in every output: to the team, never to the reviewer's account. */
export const REVIEWER_LABEL = "Rehearse team";
/** Manual scores stored before reviewNote existed appended the note to the automatic feedback. */
const LEGACY_NOTE_MARKER = "\n\nReviewer's note: ";

function splitLegacyNote(row: TScoreRow): { feedback: string; note: string | null } {
  if (row.reviewNote !== null) return { feedback: row.feedback, note: row.reviewNote };
  const at = row.manual ? row.feedback.lastIndexOf(LEGACY_NOTE_MARKER) : -1;
  if (at < 0) return { feedback: row.feedback, note: null };
  return { feedback: row.feedback.slice(0, at), note: row.feedback.slice(at + LEGACY_NOTE_MARKER.length) };
}

export function scoreFromRow(row: TScoreRow): TScore {
  const manual = row.manual || row.provider === "manual";
  return {
    total: row.total,
    dimensions: row.dimensions,
    strengths: row.strengths,
    improvements: row.improvements,
    feedback: splitLegacyNote(row).feedback,
    sampleAnswer: row.sampleAnswer,
    followUp: row.followUp,
    flags: row.flags as TScore["flags"],
    // Older manual rows stored the reviewer's email as the model; it must not reach any client.
    scoredBy: manual
      ? { provider: "manual", model: REVIEWER_LABEL, rubricVersion: row.rubricVersion }
      : { provider: row.provider, model: row.model, rubricVersion: row.rubricVersion },
    tokens: row.tokensIn === null || row.tokensOut === null ? null : { input: row.tokensIn, output: row.tokensOut },
    latencyMs: row.latencyMs,
    // Rows stored before the column existed (and manual scores) have none: the field is left out.
    ...(row.confidence && !manual ? { confidence: row.confidence } : {}),
    // The language the words were written in; rows from before languages (and manual scores) have none.
    ...(row.language && !manual ? { language: row.language } : {}),
    // The built-in's score while the AI provider was down; an AI re-grade replaces it (regrade-answer.ts).
    provisional: row.provisional && !manual,
    // A coding answer's test table (every test the server ran on the submitted code).
    ...(row.codeTests ? { tests: row.codeTests } : {}),
  };
}

export function answerDto(row: TAnswerRow, score: TScoreRow | undefined): TAnswer {
  return {
    id: row.id,
    interviewId: row.interviewId,
    questionId: row.questionId,
    kind: row.kind,
    prompt: row.prompt,
    attempt: row.attempt,
    text: row.text,
    code: row.code,
    language: row.language,
    status: row.status,
    flagReasons: row.flagReasons,
    timeSpentSeconds: row.timeSpentSeconds,
    createdAt: row.createdAt.toISOString(),
    score: score ? scoreFromRow(score) : null,
    review: score?.manual ? { reviewedBy: REVIEWER_LABEL, note: splitLegacyNote(score).note ?? "" } : null,
  };
}

/** The version a submit compares `expectedVersion` with: the highest attempt number of that kind, 0 when none. */
export function answerVersion(attempts: ReadonlyArray<{ kind: string; attempt: number }>, kind: TAnswerKind): number {
  return attempts.reduce((max, attempt) => (attempt.kind === kind ? Math.max(max, attempt.attempt) : max), 0);
}

/** The newest score per answer (a rescore under a newer rubric version replaces what is shown). */
async function latestScores(db: TDbOrTx, answerIds: string[]): Promise<Map<string, TScoreRow>> {
  const byAnswer = new Map<string, TScoreRow>();
  if (answerIds.length === 0) return byAnswer;
  const rows = await db.select().from(scores).where(inArray(scores.answerId, answerIds)).orderBy(asc(scores.createdAt));
  for (const row of rows) byAnswer.set(row.answerId, row);
  return byAnswer;
}

/**
 * The three reads of every interview view (GET /interviews/{id}, start, complete), their SQL built once
 * per database handle: Drizzle building a select costs about as much CPU as running it (docs/performance.md).
 */
function interviewQueries(db: TDbOrTx) {
  return {
    interview: db
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, sql.placeholder("interviewId")), eq(interviews.userId, sql.placeholder("userId"))))
      .prepare("load_interview"),
    items: db
      .select({ item: interviewQuestions, question: questions })
      .from(interviewQuestions)
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .where(eq(interviewQuestions.interviewId, sql.placeholder("interviewId")))
      .orderBy(asc(interviewQuestions.position))
      .prepare("load_interview_items"),
    answers: db.select().from(answers).where(eq(answers.interviewId, sql.placeholder("interviewId"))).orderBy(asc(answers.createdAt)).prepare("load_interview_answers"),
  };
}

const preparedQueries = new WeakMap<TDbOrTx, ReturnType<typeof interviewQueries>>();

function queriesFor(db: TDbOrTx): ReturnType<typeof interviewQueries> {
  let queries = preparedQueries.get(db);
  if (!queries) preparedQueries.set(db, (queries = interviewQueries(db)));
  return queries;
}

/**
 * An interview with its questions, every attempt and their scores; another user's id is NOT_FOUND.
 * `justStarted`: the interview was created by this request, so it has no answer yet (one read fewer).
 */
export async function loadInterview(
  db: TDbOrTx,
  userId: string,
  interviewId: string,
  options: { justStarted?: boolean; row?: typeof interviews.$inferSelect } = {},
): Promise<TInterview> {
  const queries = queriesFor(db);
  // `row`: the caller has the interview's row already (complete's update returned it): one read fewer.
  const [interview] = options.row ? [options.row] : await queries.interview.execute({ interviewId, userId });
  if (!interview) throw new AppError("NOT_FOUND", "Interview not found.");
  const [items, answerRows] = await Promise.all([
    queries.items.execute({ interviewId: interview.id }),
    options.justStarted ? Promise.resolve([]) : queries.answers.execute({ interviewId: interview.id }),
  ]);
  const [scoreByAnswer, translations] = await Promise.all([
    latestScores(db, answerRows.map((row) => row.id)),
    loadTranslations(db, items.map(({ question }) => question.id), interview.language),
  ]);
  const timeSpent = answerRows.reduce((sum, row) => sum + (row.timeSpentSeconds ?? 0), 0);
  return {
    ...interviewFields(interview, timeSpent),
    questions: items.map(({ item, question }) => {
      const attempts = answerRows.filter((row) => row.interviewQuestionId === item.id).map((row) => answerDto(row, scoreByAnswer.get(row.id)));
      const mainAnswers = attempts.filter((attempt) => attempt.kind === "answer");
      const counted = countedAttempt(
        mainAnswers.map((attempt) => ({ id: attempt.id, attempt: attempt.attempt, total: attempt.score?.total ?? null })),
        interview.scoreCounting,
      );
      // The question in the interview's language; its other texts reach the candidate through the score.
      const localized = localizeQuestion(question, interview.language, translations.get(question.id));
      return {
        questionId: question.id,
        order: item.position,
        text: localized.text,
        fallback: localized.fallback,
        tags: question.tags,
        difficulty: question.difficulty,
        status: item.status,
        draft: item.draft,
        draftSavedAt: item.draftSavedAt?.toISOString() ?? null,
        draftCode: item.draftCode,
        coding: publicCodingSpec(question.coding),
        answer: mainAnswers.at(-1) ?? null,
        attempts,
        versions: { answer: answerVersion(attempts, "answer"), followUp: answerVersion(attempts, "follow_up") },
        countedAnswerId: counted?.id ?? null,
      };
    }),
  };
}
