import { and, asc, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, questions, scores, type TAnswerRow } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { TScore } from "@/server/scoring/score-schema";
import type { TAnswer, TInterview } from "./interview-dto";
import { PASS_THRESHOLDS } from "./pass-thresholds";

type TScoreRow = typeof scores.$inferSelect;

export function scoreFromRow(row: TScoreRow): TScore {
  return {
    total: row.total,
    dimensions: row.dimensions,
    strengths: row.strengths,
    improvements: row.improvements,
    feedback: row.feedback,
    sampleAnswer: row.sampleAnswer,
    followUp: row.followUp,
    flags: row.flags as TScore["flags"],
    scoredBy: { provider: row.provider, model: row.model, rubricVersion: row.rubricVersion },
    tokens: row.tokensIn === null || row.tokensOut === null ? null : { input: row.tokensIn, output: row.tokensOut },
    latencyMs: row.latencyMs,
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
    status: row.status,
    flagReasons: row.flagReasons,
    timeSpentSeconds: row.timeSpentSeconds,
    createdAt: row.createdAt.toISOString(),
    score: score ? scoreFromRow(score) : null,
  };
}

/** The newest score per answer (a rescore under a newer rubric version replaces what is shown). */
async function latestScores(db: TDbOrTx, answerIds: string[]): Promise<Map<string, TScoreRow>> {
  const byAnswer = new Map<string, TScoreRow>();
  if (answerIds.length === 0) return byAnswer;
  const rows = await db.select().from(scores).where(inArray(scores.answerId, answerIds)).orderBy(asc(scores.createdAt));
  for (const row of rows) byAnswer.set(row.answerId, row);
  return byAnswer;
}

/** An interview with its questions, every attempt and their scores; another user's id is NOT_FOUND. */
export async function loadInterview(db: TDbOrTx, userId: string, interviewId: string): Promise<TInterview> {
  const [interview] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!interview) throw new AppError("NOT_FOUND", "Interview not found.");
  const [items, answerRows] = await Promise.all([
    db
      .select({ item: interviewQuestions, question: questions })
      .from(interviewQuestions)
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .where(eq(interviewQuestions.interviewId, interview.id))
      .orderBy(asc(interviewQuestions.position)),
    db.select().from(answers).where(eq(answers.interviewId, interview.id)).orderBy(asc(answers.createdAt)),
  ]);
  const scoreByAnswer = await latestScores(db, answerRows.map((row) => row.id));
  const timeSpent = answerRows.reduce((sum, row) => sum + (row.timeSpentSeconds ?? 0), 0);
  return {
    id: interview.id,
    track: interview.track,
    level: interview.level,
    status: interview.status,
    startedAt: interview.startedAt.toISOString(),
    completedAt: interview.completedAt?.toISOString() ?? null,
    questionCount: interview.questionCount,
    focusTags: interview.focusTags,
    overallScore: interview.overallScore,
    passed: interview.passed === null ? null : interview.passed === "yes",
    passThreshold: PASS_THRESHOLDS[interview.level],
    timeSpentSeconds: timeSpent,
    questions: items.map(({ item, question }) => {
      const attempts = answerRows.filter((row) => row.interviewQuestionId === item.id).map((row) => answerDto(row, scoreByAnswer.get(row.id)));
      const mainAnswers = attempts.filter((attempt) => attempt.kind === "answer");
      return {
        questionId: question.id,
        order: item.position,
        text: question.text,
        tags: question.tags,
        difficulty: question.difficulty,
        status: item.status,
        draft: item.draft,
        draftSavedAt: item.draftSavedAt?.toISOString() ?? null,
        answer: mainAnswers.at(-1) ?? null,
        attempts,
      };
    }),
  };
}
