import { and, arrayOverlaps, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { interviewQuestions, interviews, questions } from "@/db/schema";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/**
 * Picks questions for a new interview: active ones of the track and level, matching the focus tags
 * when given, questions this user has never been asked first, then the least recently seen; random
 * within each group so two interviews differ.
 */
export async function selectQuestions(
  db: TDbOrTx,
  input: { userId: string; track: TTrack; level: TLevel; count: number; focusTags?: string[]; questionIds?: string[] },
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

  // Questions asked for by id come first, in the order given, when they belong to this track and level.
  // Each at most once: a repeated id would put one question in the interview twice, and a submit
  // (keyed by interview and question) could only ever reach one of the two.
  const askedFor = [...new Set(input.questionIds ?? [])];
  const requested = askedFor.length ? await db.select({ id: questions.id }).from(questions).where(and(base, inArray(questions.id, askedFor))) : [];
  const chosen = askedFor.filter((id) => requested.some((row) => row.id === id)).slice(0, input.count).map((id) => ({ id }));
  if (chosen.length >= input.count) return chosen;
  const focused = input.focusTags?.length
    ? await pick(and(base, arrayOverlaps(questions.tags, input.focusTags)), input.count - chosen.length, chosen.map((row) => row.id))
    : [];
  const picked = [...chosen, ...focused];
  if (picked.length >= input.count) return picked;
  // Not enough questions with those tags: fill up from the rest of the track and level.
  const rest = await pick(base, input.count - picked.length, picked.map((row) => row.id));
  return [...picked, ...rest];
}

export async function questionTexts(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(questions).where(inArray(questions.id, ids));
}
