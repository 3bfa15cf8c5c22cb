/**
 * The `send-reminders` job (every 15 minutes): for each candidate whose local morning has come,
 * claims (user, kind, local day) in reminder_deliveries and queues the email in the same
 * transaction, so a retried or overlapping run never sends twice. A day with nothing to say
 * (no reviews due) is claimed too, without an email.
 */
import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { answers, interviews, reminderDeliveries, scores } from "@/db/schema";
import { getReviewQueue } from "@/server/analytics/review-queue";
import { getEnv } from "@/server/env";
import { queueEmail } from "@/server/mail/send-email";
import { reviewsDueEmail, weeklySummaryEmail, type RenderedEmail, type TWeeklySummaryFigures } from "@/server/mail/templates";
import { selectDueReminders, type TDueReminder } from "./due-reminders";
import { REMINDER_KINDS, type TReminderKind } from "@/server/contracts/vocabulary/mail";
import { signUnsubscribeToken, unsubscribeHeaders, unsubscribePageLink } from "./unsubscribe-token";

/** Due questions named in the email; the rest are counted. */
const LISTED_QUESTIONS = 3;
const QUESTION_PREVIEW = 120;

export interface TReminderRunResult {
  sent: number;
  /** Claimed with nothing to send (no reviews due). */
  empty: number;
}

export async function weeklyFigures(db: TDbOrTx, userId: string, now: Date): Promise<TWeeklySummaryFigures> {
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const [[answered], [completed], queue] = await Promise.all([
    db
      .select({
        count: sql<number>`count(distinct ${answers.id})`.mapWith(Number),
        average: sql<string | null>`avg(${scores.total})`,
      })
      .from(answers)
      .leftJoin(scores, eq(scores.answerId, answers.id))
      .where(and(eq(answers.userId, userId), inArray(answers.status, ["scored", "flagged"]), gte(answers.createdAt, since), lte(answers.createdAt, now))),
    db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(interviews)
      .where(and(eq(interviews.userId, userId), eq(interviews.status, "completed"), gte(interviews.completedAt, since))),
    getReviewQueue(db, userId, now),
  ]);
  const average = answered?.average === null || answered?.average === undefined ? null : Math.round(Number(answered.average));
  return { answers: answered?.count ?? 0, averageScore: average, completedInterviews: completed?.count ?? 0, reviewsDue: queue.dueCount };
}

async function composeEmail(tx: TDbOrTx, kind: TReminderKind, who: TDueReminder, now: Date): Promise<RenderedEmail | null> {
  const appUrl = getEnv().APP_URL;
  const unsubscribeLink = unsubscribePageLink(signUnsubscribeToken(who.userId, kind), appUrl);
  if (kind === "review_due") {
    // The questions in the email's language, as the page lists them (#18).
    const queue = await getReviewQueue(tx, who.userId, now, who.language ?? "en");
    if (queue.dueCount === 0) return null;
    const questions = queue.due
      .slice(0, LISTED_QUESTIONS)
      .map((item) => (item.text.length > QUESTION_PREVIEW ? `${item.text.slice(0, QUESTION_PREVIEW - 1)}…` : item.text));
    return reviewsDueEmail({ name: who.name, locale: who.language, dueCount: queue.dueCount, questions, link: `${appUrl}/progress#review-heading`, unsubscribeLink });
  }
  return weeklySummaryEmail({ name: who.name, locale: who.language, figures: await weeklyFigures(tx, who.userId, now), link: `${appUrl}/progress`, unsubscribeLink });
}

/** Claims and sends one reminder; "taken" when another run already handled this day. */
export async function sendReminder(db: TDatabase, kind: TReminderKind, who: TDueReminder, now: Date): Promise<"sent" | "empty" | "taken"> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(reminderDeliveries)
      .values({ userId: who.userId, kind, localDay: who.localDay })
      .onConflictDoNothing()
      .returning({ userId: reminderDeliveries.userId });
    if (!claimed) return "taken";
    const email = await composeEmail(tx, kind, who, now);
    if (!email) return "empty";
    const token = signUnsubscribeToken(who.userId, kind);
    const queued = await queueEmail(tx, { to: who.email, ...email, headers: unsubscribeHeaders(token) });
    await tx
      .update(reminderDeliveries)
      .set({ outboxId: queued.id })
      .where(and(eq(reminderDeliveries.userId, who.userId), eq(reminderDeliveries.kind, kind), eq(reminderDeliveries.localDay, who.localDay)));
    return "sent";
  });
}

export async function sendDueReminders(db: TDatabase, now = new Date()): Promise<TReminderRunResult> {
  const result: TReminderRunResult = { sent: 0, empty: 0 };
  for (const kind of REMINDER_KINDS) {
    // Each handled candidate leaves the selection (claimed), so batches shrink to nothing.
    for (;;) {
      const batch = await selectDueReminders(db, kind, now);
      if (batch.length === 0) break;
      for (const who of batch) {
        const outcome = await sendReminder(db, kind, who, now);
        if (outcome !== "taken") result[outcome] += 1;
      }
    }
  }
  return result;
}
