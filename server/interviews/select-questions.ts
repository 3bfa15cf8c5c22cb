import { and, arrayOverlaps, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { interviewQuestions, interviews, questions } from "@/db/schema";
import type { TLevel, TTrack } from "@/server/tracks";

/**
 * Picks questions for a new interview: active ones of the track and level, matching the focus tags
 * when given, questions this user has never been asked first, then the least recently seen; random
 * within each group so two interviews differ.
 */
export async function selectQuestions(
  db: TDbOrTx,
  input: { userId: string; track: TTrack; level: TLevel; count: number; focusTags?: string[] },
): Promise<Array<{ id: string }>> {
  const seen = db
    .select({ questionId: interviewQuestions.questionId, lastSeen: sql`max(${interviews.startedAt})`.as("last_seen") })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .where(eq(interviews.userId, input.userId))
    .groupBy(interviewQuestions.questionId)
    .as("seen");
  const base = and(eq(questions.track, input.track), eq(questions.level, input.level), eq(questions.active, true));
  const pick = (where: ReturnType<typeof and>, limit: number, exclude: string[]) =>
    db
      .select({ id: questions.id })
      .from(questions)
      .leftJoin(seen, eq(seen.questionId, questions.id))
      .where(exclude.length > 0 ? and(where, sql`${questions.id} not in (${sql.join(exclude.map((id) => sql`${id}`), sql`, `)})`) : where)
      .orderBy(sql`${seen.lastSeen} asc nulls first`, sql`random()`)
      .limit(limit);

  const focused = input.focusTags?.length ? await pick(and(base, arrayOverlaps(questions.tags, input.focusTags)), input.count, []) : [];
  if (focused.length >= input.count) return focused;
  // Not enough questions with those tags: fill up from the rest of the track and level.
  const rest = await pick(base, input.count - focused.length, focused.map((row) => row.id));
  return [...focused, ...rest];
}

export async function questionTexts(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(questions).where(inArray(questions.id, ids));
}
