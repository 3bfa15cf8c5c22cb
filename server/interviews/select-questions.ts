import { and, arrayOverlaps, eq, inArray, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { isTransaction } from "@/db/in-transaction";
import { interviewQuestions, interviews, questions } from "@/db/schema";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { AppError } from "@/server/errors";
import { preparedOn } from "./prepared-in-transaction";

type TPickValue<T> = T | Placeholder;

/** The pick's query: active questions of the track and level, never-seen first, then least recently seen, random within. */
function pickQuery(db: TDbOrTx, input: { userId: TPickValue<string>; track: TPickValue<TTrack>; level: TPickValue<TLevel>; limit: TPickValue<number> }, extra?: SQL) {
  const seen = db
    .select({ questionId: interviewQuestions.questionId, lastSeen: sql`max(${interviews.startedAt})`.as("last_seen") })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .where(eq(interviews.userId, input.userId))
    .groupBy(interviewQuestions.questionId)
    .as("seen");
  return db
    .select({ id: questions.id })
    .from(questions)
    .leftJoin(seen, eq(seen.questionId, questions.id))
    .where(and(eq(questions.track, input.track), eq(questions.level, input.level), eq(questions.active, true), extra))
    .orderBy(sql`${seen.lastSeen} asc nulls first`, sql`random()`)
    .limit(input.limit);
}

// The usual start (no focus tags, no questions asked for by id) inside the start's transaction: built
// once and run on each transaction's connection (preparedOn): building it cost ~0.18 ms of CPU per start.
let plainPick: ReturnType<ReturnType<typeof pickQuery>["prepare"]> | undefined;

function plainPickOn(db: TDbOrTx, input: { userId: string; track: TTrack; level: TLevel; limit: number }) {
  if (!isTransaction(db)) return pickQuery(db, input);
  const placeholders = { userId: sql.placeholder("userId"), track: sql.placeholder("track"), level: sql.placeholder("level"), limit: sql.placeholder("limit") };
  plainPick ??= pickQuery(db, placeholders).prepare("select_questions_plain");
  return preparedOn(plainPick, db).execute(input);
}

/** Which of `ids` are active questions of this track and level (a link to practise them may be stale). */
export async function activeQuestionIds(db: TDbOrTx, ids: readonly string[], track: TTrack, level: TLevel): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.track, track), eq(questions.level, level), eq(questions.active, true), inArray(questions.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/**
 * Picks questions for a new interview: active ones of the track and level, matching the focus tags
 * when given, questions this user has never been asked first, then the least recently seen; random
 * within each group so two interviews differ.
 */
export async function selectQuestions(
  db: TDbOrTx,
  input: { userId: string; track: TTrack; level: TLevel; count: number; focusTags?: string[]; questionIds?: string[] },
): Promise<Array<{ id: string }>> {
  const { userId, track, level } = input;
  const pick = (tags: string[] | undefined, limit: number, exclude: string[]) => {
    if (!tags && exclude.length === 0) return plainPickOn(db, { userId, track, level, limit });
    const excluded = exclude.length > 0 ? sql`${questions.id} not in (${sql.join(exclude.map((id) => sql`${id}`), sql`, `)})` : undefined;
    return pickQuery(db, { userId, track, level, limit }, and(tags ? arrayOverlaps(questions.tags, tags) : undefined, excluded));
  };

  // Questions asked for by id come first, in the order given; each must be an active one of this track and level.
  // Each at most once: a repeated id would put one question in the interview twice, and a submit
  // (keyed by interview and question) could only ever reach one of the two; and no more than questionCount.
  const askedFor = [...new Set(input.questionIds ?? [])];
  // More ids than questions is refused rather than trimmed: silently dropping ids the caller chose
  // leaves it unable to tell which were asked. (A repeated id is the same question: asked once.)
  const refuse = (problem: string) => new AppError("VALIDATION_ERROR", `Invalid input — questionIds: ${problem}`, { fields: { questionIds: problem } });
  if (askedFor.length > input.count) throw refuse(`${askedFor.length} questions asked for, but questionCount is ${input.count}`);
  const requested = await activeQuestionIds(db, askedFor, track, level);
  // An id that is no active question of this track and level is refused, not dropped: the caller asked
  // for that question, and random ones in its place would spend an interview of the quota.
  const unknown = askedFor.filter((id) => !requested.has(id));
  if (unknown.length > 0) throw refuse(`${unknown.join(", ")}: not an active ${track} question at the ${level} level`);
  const chosen = askedFor.map((id) => ({ id }));
  if (chosen.length >= input.count) return chosen;
  const focused = input.focusTags?.length
    ? await pick(input.focusTags, input.count - chosen.length, chosen.map((row) => row.id))
    : [];
  const picked = [...chosen, ...focused];
  if (picked.length >= input.count) return picked;
  // Not enough questions with those tags: fill up from the rest of the track and level.
  const rest = await pick(undefined, input.count - picked.length, picked.map((row) => row.id));
  return [...picked, ...rest];
}

export async function questionTexts(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(questions).where(inArray(questions.id, ids));
}
