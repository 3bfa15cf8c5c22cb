import { and, desc, eq, lt, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { isTransaction } from "@/db/in-transaction";
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

/**
 * A page of interviews with each one's answered questions and time spent (a lateral aggregate): one
 * statement (two before, docs/performance.md, seventh session). The plain shape (no filter, no
 * cursor: the history page's first view) is prepared once per database handle.
 */
function pageQuery(db: TDbOrTx, filters: SQL | undefined, limit: number | Placeholder) {
  const answered = db
    .select({
      count: sql<number>`(count(distinct ${answers.interviewQuestionId}) filter (where ${answers.kind} = 'answer'))::int`.as("answered_count"),
      seconds: sql<number>`coalesce(sum(${answers.timeSpentSeconds}), 0)::int`.as("answered_seconds"),
    })
    .from(answers)
    .where(eq(answers.interviewId, interviews.id))
    .as("answered");
  return db
    .select({ interview: interviews, count: answered.count, seconds: answered.seconds })
    .from(interviews)
    .leftJoinLateral(answered, sql`true`)
    .where(filters)
    .orderBy(desc(interviews.startedAt), desc(interviews.id))
    .limit(limit);
}

type TPageQuery = ReturnType<ReturnType<typeof pageQuery>["prepare"]>;
const preparedPages = new WeakMap<TDbOrTx, TPageQuery>();

function readPage(db: TDbOrTx, userId: string, input: TListInterviewsInput) {
  const plain = !input.status && !input.track && !input.level && !input.cursor && !isTransaction(db);
  if (!plain) return pageQuery(db, and(...pageFilters(userId, input)), input.limit + 1);
  let query = preparedPages.get(db);
  if (!query) preparedPages.set(db, (query = pageQuery(db, eq(interviews.userId, sql.placeholder("userId")), sql.placeholder("limit")).prepare("list_interviews")));
  return query.execute({ userId, limit: input.limit + 1 });
}

function pageFilters(userId: string, input: TListInterviewsInput): SQL[] {
  const filters: SQL[] = [eq(interviews.userId, userId)];
  if (input.status) filters.push(eq(interviews.status, input.status));
  if (input.track) filters.push(eq(interviews.track, input.track));
  if (input.level) filters.push(eq(interviews.level, input.level));
  if (input.cursor) {
    const after = decodeCursor(input.cursor);
    filters.push(or(lt(interviews.startedAt, after.startedAt), and(eq(interviews.startedAt, after.startedAt), lt(interviews.id, after.id)))!);
  }
  return filters;
}

/** A user's interviews, newest first, filtered, with keyset pagination (stable while new ones arrive). */
export async function listInterviews(db: TDbOrTx, userId: string, input: TListInterviewsInput) {
  const rows = await readPage(db, userId, input);
  const page = rows.slice(0, input.limit);
  const summaries: TInterviewSummary[] = page.map((row) => ({
    ...interviewFields(row.interview, row.seconds ?? 0),
    answeredCount: row.count ?? 0,
  }));
  const last = page.at(-1)?.interview;
  return { interviews: summaries, nextCursor: rows.length > input.limit && last ? encodeInterviewCursor(last) : null };
}
