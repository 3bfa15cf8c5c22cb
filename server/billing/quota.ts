/**
 * The interview quota, checked and consumed in the caller's transaction: a per-user advisory lock
 * serialises starts, so 20 parallel starts at the limit create exactly the allowed number.
 * An interview abandoned before any answer is refunded (quotaRefunded) and no longer counts.
 * It lives with the plans it enforces: interviews call billing, billing never calls interviews.
 */
import { and, count, eq, gt, lte, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { deletedInterviewStarts, interviews } from "@/db/schema";
import { PLANS, type TPlan } from "@/server/contracts/vocabulary/plans";
import { AppError } from "@/server/errors";

export interface TQuotaState {
  limit: number | null;
  used: number;
  resetsAt: string | null;
}

/**
 * The user's starts that count toward the quota since a moment: interviews not refunded, and the
 * starts of deleted ones (deleting an interview must not hand its place in the quota back).
 */
function countedStarts(tx: TDbOrTx, userId: string, since: Date) {
  const live = tx
    .select({ startedAt: interviews.startedAt })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), gt(interviews.startedAt, since), eq(interviews.quotaRefunded, false)));
  const deleted = tx
    .select({ startedAt: deletedInterviewStarts.startedAt })
    .from(deletedInterviewStarts)
    .where(and(eq(deletedInterviewStarts.userId, userId), gt(deletedInterviewStarts.startedAt, since)));
  return live.unionAll(deleted).as("counted_starts");
}

async function startedSince(tx: TDbOrTx, userId: string, since: Date) {
  const starts = countedStarts(tx, userId, since);
  const [row] = await tx
    .select({ used: count(), oldest: sql<Date | null>`min(${starts.startedAt})`.mapWith((value) => (value ? new Date(value) : null)) })
    .from(starts);
  return { used: row?.used ?? 0, oldest: row?.oldest ?? null };
}

const DAY_MS = 24 * 3600 * 1000;
const toDate = (value: unknown): Date | null => (value ? new Date(value as string) : null);

/** startedSince for two moments at once (one statement). */
async function startedSinceBoth(tx: TDbOrTx, userId: string, first: Date, second: Date) {
  const since = first < second ? first : second;
  const starts = countedStarts(tx, userId, since);
  const [row] = await tx
    .select({
      firstUsed: sql<number>`count(*) filter (where ${starts.startedAt} > ${first.toISOString()})`.mapWith(Number),
      firstOldest: sql<Date | null>`min(${starts.startedAt}) filter (where ${starts.startedAt} > ${first.toISOString()})`.mapWith(toDate),
      secondUsed: sql<number>`count(*) filter (where ${starts.startedAt} > ${second.toISOString()})`.mapWith(Number),
      secondOldest: sql<Date | null>`min(${starts.startedAt}) filter (where ${starts.startedAt} > ${second.toISOString()})`.mapWith(toDate),
    })
    .from(starts);
  return [
    { used: row?.firstUsed ?? 0, oldest: row?.firstOldest ?? null },
    { used: row?.secondUsed ?? 0, oldest: row?.secondOldest ?? null },
  ] as const;
}

/** The longest span any plan counts starts over (its window, or fair use's day). */
const LONGEST_WINDOW_MS = Math.max(1, ...Object.values(PLANS).map((plan) => plan.windowDays)) * DAY_MS;

/**
 * Called when an interview is deleted: its start keeps counting toward the quota for as long as it
 * would have (only the moment is kept). A refunded one, or one older than every window, is not kept.
 */
export async function keepDeletedStart(tx: TDbOrTx, deleted: { userId: string; startedAt: Date; quotaRefunded: boolean }, now = new Date()): Promise<void> {
  if (deleted.quotaRefunded || deleted.startedAt.getTime() <= now.getTime() - LONGEST_WINDOW_MS) return;
  await tx.insert(deletedInterviewStarts).values({ userId: deleted.userId, startedAt: deleted.startedAt });
}

/**
 * Deletes the kept starts no plan's window counts any more (countedStarts reads only those after
 * now − window): run by the periodic interview sweep, so the table holds at most a window's worth.
 */
export async function pruneDeletedStarts(db: TDbOrTx, now = new Date()): Promise<number> {
  const pruned = await db
    .delete(deletedInterviewStarts)
    .where(lte(deletedInterviewStarts.startedAt, new Date(now.getTime() - LONGEST_WINDOW_MS)))
    .returning({ id: deletedInterviewStarts.id });
  return pruned.length;
}

/** How much of the quota is used now (no lock: for display). */
export async function quotaState(tx: TDbOrTx, userId: string, plan: TPlan, now = new Date()): Promise<TQuotaState> {
  const windowMs = plan.windowDays * 24 * 3600 * 1000;
  const { used, oldest } = await startedSince(tx, userId, new Date(now.getTime() - windowMs));
  return {
    limit: plan.interviewsPerWindow,
    used,
    resetsAt: oldest ? new Date(oldest.getTime() + windowMs).toISOString() : null,
  };
}

export async function consumeInterviewQuota(tx: TTransaction, userId: string, plan: TPlan): Promise<TQuotaState> {
  // `.then` sends it now (a Drizzle query waits to be awaited), so it goes out before the count below.
  const locking = tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`interview-quota:${userId}`}))`).then(() => undefined);
  const now = new Date();
  const windowMs = plan.windowDays * 24 * 3600 * 1000;
  const daySince = new Date(now.getTime() - DAY_MS);
  // The plan's window and the fair-use day in one read (both are the user's starts since a moment).
  // Sent with the lock without waiting for it (pipelined: one round trip): PostgreSQL runs a
  // connection's statements one after another, so the count starts, and takes its snapshot, only
  // once the lock is held; it sees every start committed by whoever held the lock before.
  const counting = startedSinceBoth(tx, userId, new Date(now.getTime() - windowMs), daySince);
  counting.catch(() => undefined); // awaited below; a failed lock must not leave it unhandled
  await locking;
  const [window, day] = await counting;
  const state: TQuotaState = {
    limit: plan.interviewsPerWindow,
    used: window.used,
    resetsAt: window.oldest ? new Date(window.oldest.getTime() + windowMs).toISOString() : null,
  };
  if (plan.interviewsPerWindow !== null && state.used >= plan.interviewsPerWindow) {
    throw new AppError(
      "QUOTA_EXCEEDED",
      `Your ${plan.name} plan includes ${plan.interviewsPerWindow} interviews per ${plan.windowDays} days. Upgrade for more, or wait until your quota resets.`,
      { limit: plan.interviewsPerWindow, used: state.used, resetsAt: state.resetsAt, plan: plan.id },
    );
  }
  if (plan.fairUsePerDay !== null && day.used >= plan.fairUsePerDay) {
    const resetsAt = day.oldest ? new Date(day.oldest.getTime() + DAY_MS).toISOString() : null;
    throw new AppError("QUOTA_EXCEEDED", `Fair use allows ${plan.fairUsePerDay} interviews a day. Try again later.`, {
      limit: plan.fairUsePerDay,
      used: day.used,
      resetsAt,
      plan: plan.id,
    });
  }
  return { ...state, used: state.used + 1 };
}
