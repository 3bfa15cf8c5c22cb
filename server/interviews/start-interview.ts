import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { inTransaction, isTransaction } from "@/db/in-transaction";
import { interviewQuestions, interviews, users } from "@/db/schema";
import { currentPlan } from "@/server/billing/current-plan";
import { noticeWhenOneInterviewLeft } from "@/server/billing/quota-notice";
import { AppError } from "@/server/errors";
import { consumeInterviewQuota } from "@/server/billing/quota";
import type { TStartInterviewFields } from "@/server/contracts/interviews";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { preparedOn } from "./prepared-in-transaction";
import { selectQuestions } from "./select-questions";

/**
 * How a caller tailors an interview (a job target's): its own question pick, and a step after the
 * insert that records what each item is for. Both run inside the quota transaction.
 */
export interface TStartInterviewHooks {
  pickQuestions?: (tx: TTransaction) => Promise<Array<{ id: string }>>;
  afterInsert?: (tx: TTransaction, interviewId: string, items: Array<{ id: string; questionId: string }>) => Promise<void>;
  /** The interview's language when the input names none, from the saved preference read here (e.g. the request's cookie next). */
  language?: (saved: TLanguage | null) => TLanguage;
  /** Sent with the insert (pipelined, no wait of its own): the idempotent response naming the new interview. */
  saveResponse?: (interviewId: string) => Promise<unknown>;
  /**
   * Sent right after the insert on the same connection (pipelined, same round trip): a read of the new
   * interview. It runs after the insert in this transaction, so it sees the interview and its items.
   */
  readBack?: (tx: TTransaction, interviewId: string) => Promise<unknown>;
  /** The account and plan, already asked for (readStartAccount, e.g. in the Idempotency-Key's claim round trip). */
  account?: ReturnType<typeof readStartAccount>;
}

/**
 * Everything the start needs from the account (the "one left" notice's recipient too) and the plan,
 * sent together (pipelined on a transaction's connection: one round trip). A failure is left to
 * whoever awaits it (a replayed key never does).
 */
export function readStartAccount(db: TDbOrTx, userId: string) {
  const reading = Promise.all([readAccount(db, userId), currentPlan(db, userId)]);
  reading.catch(() => undefined);
  return reading;
}

// The account's fields the start needs, built once and run on each transaction's connection (preparedOn).
function accountQuery(db: TDbOrTx) {
  return db
    .select({ emailVerified: users.emailVerified, language: users.language, email: users.email, name: users.name, emailNotifications: users.emailNotifications })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")));
}
let accountInTransactions: ReturnType<ReturnType<typeof accountQuery>["prepare"]> | undefined;

function readAccount(db: TDbOrTx, userId: string) {
  if (!isTransaction(db)) return accountQuery(db).execute({ userId });
  accountInTransactions ??= accountQuery(db).prepare("start_interview_account");
  return preparedOn(accountInTransactions, db).execute({ userId });
}

/**
 * Starts an interview: the email must be verified, and the plan's quota is checked and consumed
 * in the same transaction as the insert.
 */
export async function startInterview(db: TDbOrTx, userId: string, input: TStartInterviewFields, hooks: TStartInterviewHooks = {}): Promise<string> {
  const [[user], plan] = await (hooks.account ?? readStartAccount(db, userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (!user.emailVerified) {
    throw new AppError("FORBIDDEN", "Verify your email address before starting an interview. We can send the link again.", {
      reason: "email_unverified",
    });
  }
  return inTransaction(db, async (tx) => {
    const consumed = consumeInterviewQuota(tx, userId, plan);
    // The pick does not depend on the quota: sent with the quota's lock and count without waiting for
    // them (pipelined; in the runs measured it went out right after the lock). A refused quota rolls it
    // back with the rest of the transaction.
    const picking = hooks.pickQuestions
      ? hooks.pickQuestions(tx)
      : selectQuestions(tx, {
          userId,
          track: input.track,
          level: input.level,
          count: input.questionCount,
          focusTags: input.focusTags,
          questionIds: input.questionIds,
        });
    picking.catch(() => undefined); // awaited below; a quota refusal first must not leave it unhandled
    const quota = await consumed;
    const picked = await picking;
    await noticeWhenOneInterviewLeft(tx, userId, plan, quota, new Date(), user);
    if (picked.length === 0) {
      throw new AppError("NOT_FOUND", "There are no questions for this track and level yet.");
    }
    // The interview and its items in one statement (a CTE inserts the interview; its id is made here so
    // the items need not wait for it): one round trip fewer per start (docs/performance.md, sixth session).
    const interviewId = randomUUID();
    const insertInterview = tx.insert(interviews).values({
      id: interviewId,
      userId,
      track: input.track,
      level: input.level,
      questionCount: picked.length,
      focusTags: input.focusTags ?? [],
      // Fixed for the whole interview, so a later language switch never mixes two languages in it.
      language: input.language ?? hooks.language?.(user.language) ?? user.language ?? "en",
    });
    const insertItems = tx
      .insert(interviewQuestions)
      .values(picked.map((question, index) => ({ interviewId, questionId: question.id, position: index + 1 })))
      .returning({ id: interviewQuestions.id, questionId: interviewQuestions.questionId });
    // Sent in this order, together: a Drizzle query goes out when first awaited, so `.then` sends the
    // insert now, before the response and the read back (which must see its rows) are issued.
    const inserting = tx.execute<{ id: string; question_id: string }>(sql`with new_interview as (${insertInterview.getSQL()}) ${insertItems.getSQL()}`).then((inserted) => inserted);
    const [rows] = await Promise.all([inserting, hooks.saveResponse?.(interviewId), hooks.readBack?.(tx, interviewId)]);
    const items = rows.map((row) => ({ id: row.id, questionId: row.question_id }));
    await hooks.afterInsert?.(tx, interviewId, items);
    return interviewId;
  });
}
