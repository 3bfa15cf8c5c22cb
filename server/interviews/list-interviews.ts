import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { decodeInterviewCursor, encodeInterviewCursor } from "@/server/contracts/interview-cursor";
import { interviewFields } from "./interview-fields";
import type { TListInterviewsInput } from "@/server/contracts/interviews";

function decodeCursor(cursor: string): { startedAt: Date; id: string } {
  const position = decodeInterviewCursor(cursor);
  if (!position) throw new AppError("VALIDATION_ERROR", "The cursor is not valid.", { fields: { cursor: "invalid" } });
  return position;
}

/** A user's interviews, newest first, filtered, with keyset pagination (stable while new ones arrive). */
export async function listInterviews(db: TDbOrTx, userId: string, input: TListInterviewsInput) {
  const filters: SQL[] = [eq(interviews.userId, userId)];
  if (input.status) filters.push(eq(interviews.status, input.status));
  if (input.track) filters.push(eq(interviews.track, input.track));
  if (input.level) filters.push(eq(interviews.level, input.level));
  if (input.cursor) {
    const after = decodeCursor(input.cursor);
    filters.push(or(lt(interviews.startedAt, after.startedAt), and(eq(interviews.startedAt, after.startedAt), lt(interviews.id, after.id)))!);
  }
  const rows = await db
    .select()
    .from(interviews)
    .where(and(...filters))
    .orderBy(desc(interviews.startedAt), desc(interviews.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const answered = page.length
    ? await db
        .select({
          interviewId: answers.interviewId,
          count: sql<number>`(count(distinct ${answers.interviewQuestionId}) filter (where ${answers.kind} = 'answer'))::int`,
          seconds: sql<number>`coalesce(sum(${answers.timeSpentSeconds}), 0)::int`,
        })
        .from(answers)
        .where(inArray(answers.interviewId, page.map((row) => row.id)))
        .groupBy(answers.interviewId)
    : [];
  const answeredBy = new Map(answered.map((row) => [row.interviewId, row]));
  const summaries: TInterviewSummary[] = page.map((row) => ({
    ...interviewFields(row, answeredBy.get(row.id)?.seconds ?? 0),
    answeredCount: answeredBy.get(row.id)?.count ?? 0,
  }));
  const last = page.at(-1);
  return { interviews: summaries, nextCursor: rows.length > input.limit && last ? encodeInterviewCursor(last) : null };
}
