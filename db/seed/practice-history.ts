/**
 * Inserts a practice history directly (interviews, their questions, answers and scores) for tests
 * and the progress benchmark: weeks of practice in milliseconds, with the timestamps the test
 * needs, without the queue or a scorer. Never used by the product itself.
 */
import { createHash } from "node:crypto";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, scores } from "@/db/schema";
import { computeTotal, getRubric, RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

export interface TPracticeAnswer {
  questionId: string;
  at: Date;
  /** Dimension key → score on its 0..max scale; a number gives every dimension that score. */
  scores: Record<string, number> | number;
  kind?: TAnswerKind;
  text?: string;
}

export interface TPracticeInterview {
  track: TTrack;
  level: TLevel;
  startedAt: Date;
  /** Completed interviews get the overall score the product would compute (mean of latest main answers). */
  completed?: boolean;
  answers: TPracticeAnswer[];
}

const CHUNK = 500;

async function insertChunked<TRow>(rows: TRow[], insert: (chunk: TRow[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

function dimensionsFor(track: TTrack, given: TPracticeAnswer["scores"]) {
  return getRubric(track).dimensions.map((dimension) => {
    const raw = typeof given === "number" ? given : (given[dimension.key] ?? 0);
    const score = Math.min(Math.max(raw, 0), dimension.max);
    return { key: dimension.key, label: dimension.label, score, max: dimension.max, comment: "", evidence: [] };
  });
}

/** What completing the interview would store: the mean total of each question's latest main answer. */
function overallFor(interview: TPracticeInterview): number {
  const latest = new Map<string, number>();
  for (const answer of [...interview.answers].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if ((answer.kind ?? "answer") === "answer") latest.set(answer.questionId, computeTotal(dimensionsFor(interview.track, answer.scores)));
  }
  const totals = [...latest.values()];
  return totals.length ? Math.round(totals.reduce((sum, total) => sum + total, 0) / totals.length) : 0;
}

export async function insertPracticeHistory(db: TDbOrTx, userId: string, history: TPracticeInterview[]): Promise<string[]> {
  const interviewRows = await db
    .insert(interviews)
    .values(
      history.map((interview) => {
        const questionCount = Math.min(10, Math.max(1, new Set(interview.answers.map((answer) => answer.questionId)).size));
        const last = interview.answers.reduce((latest, answer) => (answer.at > latest ? answer.at : latest), interview.startedAt);
        const overallScore = interview.completed ? overallFor(interview) : null;
        return {
          userId,
          track: interview.track,
          level: interview.level,
          questionCount,
          status: interview.completed ? ("completed" as const) : ("in_progress" as const),
          startedAt: interview.startedAt,
          lastActivityAt: last,
          completedAt: interview.completed ? last : null,
          overallScore,
          passed: overallScore === null ? null : overallScore >= 60 ? ("yes" as const) : ("no" as const),
        };
      }),
    )
    .returning({ id: interviews.id });

  const itemValues: Array<typeof interviewQuestions.$inferInsert> = [];
  history.forEach((interview, index) => {
    const questionIds = [...new Set(interview.answers.map((answer) => answer.questionId))];
    questionIds.forEach((questionId, position) =>
      itemValues.push({ interviewId: interviewRows[index]!.id, questionId, position, status: "answered" }),
    );
  });
  const items: Array<{ id: string; interviewId: string; questionId: string }> = [];
  await insertChunked(itemValues, async (chunk) => {
    items.push(...(await db.insert(interviewQuestions).values(chunk).returning({ id: interviewQuestions.id, interviewId: interviewQuestions.interviewId, questionId: interviewQuestions.questionId })));
  });
  const itemId = new Map(items.map((item) => [`${item.interviewId}:${item.questionId}`, item.id]));

  const answerValues: Array<typeof answers.$inferInsert> = [];
  const scoreDimensions: Array<ReturnType<typeof dimensionsFor>> = [];
  const scoreTracks: TTrack[] = [];
  history.forEach((interview, index) => {
    const interviewId = interviewRows[index]!.id;
    const attempts = new Map<string, number>();
    for (const answer of [...interview.answers].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      const kind = answer.kind ?? "answer";
      const item = itemId.get(`${interviewId}:${answer.questionId}`)!;
      const attempt = (attempts.get(`${item}:${kind}`) ?? 0) + 1;
      attempts.set(`${item}:${kind}`, attempt);
      const text = answer.text ?? `Practice answer ${attempt} to ${answer.questionId} at ${answer.at.toISOString()}`;
      const dimensions = dimensionsFor(interview.track, answer.scores);
      answerValues.push({
        userId,
        interviewId,
        interviewQuestionId: item,
        questionId: answer.questionId,
        kind,
        prompt: `Question ${answer.questionId}`,
        attempt,
        text,
        textHash: createHash("sha256").update(text).digest("hex"),
        status: "scored",
        createdAt: answer.at,
        scoredAt: answer.at,
      });
      scoreDimensions.push(dimensions);
      scoreTracks.push(interview.track);
    }
  });
  const answerIds: string[] = [];
  await insertChunked(answerValues, async (chunk) => {
    answerIds.push(...(await db.insert(answers).values(chunk).returning({ id: answers.id })).map((row) => row.id));
  });
  const scoreValues = answerIds.map((answerId, index) => {
    const dimensions = scoreDimensions[index]!;
    return {
      answerId,
      rubricVersion: RUBRIC_VERSION,
      track: scoreTracks[index]!,
      total: computeTotal(dimensions),
      dimensions,
      strengths: [],
      improvements: [],
      feedback: "",
      sampleAnswer: "",
      provider: "builtin",
      model: "practice-history",
      latencyMs: 1,
      createdAt: answerValues[index]!.createdAt,
    };
  });
  await insertChunked(scoreValues, (chunk) => db.insert(scores).values(chunk));

  return interviewRows.map((row) => row.id);
}
