import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, scores } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { AppError } from "@/server/errors";
import type { TAnswer } from "@/server/contracts/interviews";
import { answerVoiceFields } from "@/server/voice/recordings/answer-voice-fields";
import { answerVoiceDto } from "@/server/voice/recordings/recording-dto";
import { answerDto } from "./load-interview";

/**
 * The answer with its newest score in one statement (a left join, newest score first; no score: one
 * row with none). Every score wait and its re-reads run it (docs/performance.md, issue #13): its SQL
 * is built once per database handle, and it was two statements before.
 */
function answerWithScoreQuery(db: TDbOrTx) {
  return db
    .select({ answer: answers, score: scores, recording: recordings })
    .from(answers)
    .leftJoin(scores, eq(scores.answerId, answers.id))
    // A spoken answer's recording (at most one is linked to an answer), for TAnswer.voice.
    .leftJoin(recordings, eq(recordings.answerId, answers.id))
    .where(and(eq(answers.id, sql.placeholder("answerId")), eq(answers.userId, sql.placeholder("userId"))))
    .orderBy(desc(scores.createdAt))
    .limit(1)
    .prepare("get_answer_with_score");
}

const answerWithScoreQueries = new WeakMap<TDbOrTx, ReturnType<typeof answerWithScoreQuery>>();

export async function getAnswer(db: TDbOrTx, userId: string, answerId: string): Promise<TAnswer> {
  let query = answerWithScoreQueries.get(db);
  if (!query) answerWithScoreQueries.set(db, (query = answerWithScoreQuery(db)));
  const [row] = await query.execute({ answerId, userId });
  if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
  return { ...answerDto(row.answer, row.score ?? undefined), voice: row.recording ? answerVoiceDto(row.recording) : null, ...answerVoiceFields(row.recording) };
}
