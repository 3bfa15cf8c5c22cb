import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, questions, questionTranslations, scores, type TAnswerRow } from "@/db/schema";
import { isTransaction } from "@/db/in-transaction";
import { preparedOn } from "./prepared-in-transaction";
import { publicCodingSpec } from "@/server/code-runner/public-spec";
import { AppError } from "@/server/errors";
import { candidateScore } from "./candidate-score";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TAnswer, TInterview } from "@/server/contracts/interviews";
import { countedAttempt } from "./interview-score";
import { interviewFields } from "./interview-fields";
import { localizeQuestion, type TTranslationFields } from "@/server/questions/localized-question";
import { withDimensionLabels } from "@/server/i18n/dimension-label";

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

/** A stored score as every output shows it; its dimensions named in its words' language (dimension-label.ts). */
export function scoreFromRow(row: TScoreRow): TScore {
  return withDimensionLabels(storedScore(row));
}

function storedScore(row: TScoreRow): TScore {
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
    // The candidate's view of the score: a hidden test's values stay on the server (admins read scoreFromRow).
    score: score ? candidateScore(scoreFromRow(score)) : null,
    review: score?.manual ? { reviewedBy: REVIEWER_LABEL, note: splitLegacyNote(score).note ?? "" } : null,
  };
}

/** The version a submit compares `expectedVersion` with: the highest attempt number of that kind, 0 when none. */
export function answerVersion(attempts: ReadonlyArray<{ kind: string; attempt: number }>, kind: TAnswerKind): number {
  return attempts.reduce((max, attempt) => (attempt.kind === kind ? Math.max(max, attempt.attempt) : max), 0);
}

/**
 * Every interview view's one read (GET /interviews/{id}, start, complete): the interview (the owner's
 * only) with each question, its translation into the interview's language, every attempt and each
 * attempt's scores, oldest first, as joined rows. One statement instead of four, its SQL built once
 * per database handle: Drizzle building a select costs about as much CPU as running it
 * (docs/performance.md). A question's row repeats once per attempt (at most ten per kind).
 */
function interviewRowsQuery(db: TDbOrTx) {
  return db
    .select({
      interview: interviews,
      item: interviewQuestions,
      question: questions,
      translation: {
        questionId: questionTranslations.questionId,
        text: questionTranslations.text,
        keyPoints: questionTranslations.keyPoints,
        followUps: questionTranslations.followUps,
        sampleAnswer: questionTranslations.sampleAnswer,
      },
      answer: answers,
      score: scores,
    })
    .from(interviews)
    .innerJoin(interviewQuestions, eq(interviewQuestions.interviewId, interviews.id))
    .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
    .leftJoin(
      questionTranslations,
      and(eq(questionTranslations.questionId, questions.id), eq(questionTranslations.language, interviews.language), ne(interviews.language, "en")),
    )
    .leftJoin(answers, eq(answers.interviewQuestionId, interviewQuestions.id))
    .leftJoin(scores, eq(scores.answerId, answers.id))
    .where(and(eq(interviews.id, sql.placeholder("interviewId")), eq(interviews.userId, sql.placeholder("userId"))))
    .orderBy(asc(interviewQuestions.position), asc(answers.createdAt), asc(scores.createdAt));
}

type TInterviewRowsQuery = ReturnType<typeof interviewRowsQuery>;
const preparedQueries = new WeakMap<TDbOrTx, ReturnType<TInterviewRowsQuery["prepare"]>>();

// For transactions: built on the first one, then run on each transaction's connection (preparedOn).
let inTransactions: ReturnType<TInterviewRowsQuery["prepare"]> | undefined;

/** Prepared once per database handle, and once for all transactions. */
function readInterviewRows(db: TDbOrTx, params: { interviewId: string; userId: string }) {
  if (isTransaction(db)) {
    inTransactions ??= interviewRowsQuery(db).prepare("load_interview_rows");
    return preparedOn(inTransactions, db).execute(params);
  }
  let query = preparedQueries.get(db);
  if (!query) preparedQueries.set(db, (query = interviewRowsQuery(db).prepare("load_interview_rows")));
  return query.execute(params);
}

type TJoinedRow = Awaited<ReturnType<typeof readInterviewRows>>[number];

/** The joined rows apart again: the questions in order, each attempt once, and each attempt's newest score. */
function splitRows(rows: TJoinedRow[]) {
  const items: Array<Pick<TJoinedRow, "item" | "question"> & { translation: TTranslationFields | undefined }> = [];
  const answerRows: TAnswerRow[] = [];
  const scoreByAnswer = new Map<string, TScoreRow>();
  const seenAnswers = new Set<string>();
  for (const row of rows) {
    if (items.at(-1)?.item.id !== row.item.id) {
      const translation = row.translation ? { text: row.translation.text, keyPoints: row.translation.keyPoints, followUps: row.translation.followUps, sampleAnswer: row.translation.sampleAnswer } : undefined;
      items.push({ item: row.item, question: row.question, translation });
    }
    if (row.answer && !seenAnswers.has(row.answer.id)) {
      seenAnswers.add(row.answer.id);
      answerRows.push(row.answer);
    }
    // Oldest first: the last one seen is the newest (a rescore under a newer rubric replaces what is shown).
    if (row.score) scoreByAnswer.set(row.score.answerId, row.score);
  }
  return { items, answerRows, scoreByAnswer };
}

/** An interview with its questions, every attempt and their scores; another user's id is NOT_FOUND. */
export async function loadInterview(db: TDbOrTx, userId: string, interviewId: string): Promise<TInterview> {
  const rows = await readInterviewRows(db, { interviewId, userId });
  const interview = rows[0]?.interview ?? (await interviewWithoutItems(db, userId, interviewId));
  const { items, answerRows, scoreByAnswer } = splitRows(rows);
  const timeSpent = answerRows.reduce((sum, row) => sum + (row.timeSpentSeconds ?? 0), 0);
  return {
    ...interviewFields(interview, timeSpent),
    questions: items.map(({ item, question, translation }) => {
      const attempts = answerRows.filter((row) => row.interviewQuestionId === item.id).map((row) => answerDto(row, scoreByAnswer.get(row.id)));
      const mainAnswers = attempts.filter((attempt) => attempt.kind === "answer");
      const counted = countedAttempt(
        mainAnswers.map((attempt) => ({ id: attempt.id, attempt: attempt.attempt, total: attempt.score?.total ?? null })),
        interview.scoreCounting,
      );
      // The question in the interview's language; its other texts reach the candidate through the score.
      const localized = localizeQuestion(question, interview.language, translation);
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

/** Only when the joined read found no row: an interview whose questions are all gone, or NOT_FOUND. */
async function interviewWithoutItems(db: TDbOrTx, userId: string, interviewId: string) {
  const [row] = await db.select().from(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!row) throw new AppError("NOT_FOUND", "Interview not found.");
  return row;
}
