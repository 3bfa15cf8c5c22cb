import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { inTransaction } from "@/db/in-transaction";
import { interviewQuestions, interviews, users } from "@/db/schema";
import { currentPlan } from "@/server/billing/current-plan";
import { noticeWhenOneInterviewLeft } from "@/server/billing/quota-notice";
import { AppError } from "@/server/errors";
import { consumeInterviewQuota } from "@/server/billing/quota";
import type { TStartInterviewInput } from "@/server/contracts/interviews";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
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
}

/**
 * Starts an interview: the email must be verified, and the plan's quota is checked and consumed
 * in the same transaction as the insert.
 */
export async function startInterview(db: TDbOrTx, userId: string, input: TStartInterviewInput, hooks: TStartInterviewHooks = {}): Promise<string> {
  // Everything the start needs from the account, in one read (the "one left" notice's recipient too).
  const [user] = await db
    .select({ emailVerified: users.emailVerified, language: users.language, email: users.email, name: users.name, emailNotifications: users.emailNotifications })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (!user.emailVerified) {
    throw new AppError("FORBIDDEN", "Verify your email address before starting an interview. We can send the link again.", {
      reason: "email_unverified",
    });
  }
  const plan = await currentPlan(db, userId);
  return inTransaction(db, async (tx) => {
    const quota = await consumeInterviewQuota(tx, userId, plan);
    await noticeWhenOneInterviewLeft(tx, userId, plan, quota, new Date(), user);
    const picked = hooks.pickQuestions
      ? await hooks.pickQuestions(tx)
      : await selectQuestions(tx, {
          userId,
          track: input.track,
          level: input.level,
          count: input.questionCount,
          focusTags: input.focusTags,
          questionIds: input.questionIds,
        });
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
    const rows = await tx.execute<{ id: string; question_id: string }>(sql`with new_interview as (${insertInterview.getSQL()}) ${insertItems.getSQL()}`);
    const items = rows.map((row) => ({ id: row.id, questionId: row.question_id }));
    await hooks.afterInsert?.(tx, interviewId, items);
    return interviewId;
  });
}
