/**
 * The interview quota, checked and consumed in the caller's transaction: a per-user advisory lock
 * serialises starts, so 20 parallel starts at the limit create exactly the allowed number.
 * An interview abandoned before any answer is refunded (quotaRefunded) and no longer counts.
 * It lives with the plans it enforces: interviews call billing, billing never calls interviews.
 */
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { interviews } from "@/db/schema";
import type { TPlan } from "@/server/contracts/vocabulary/plans";
import { AppError } from "@/server/errors";

export interface TQuotaState {
  limit: number | null;
  used: number;
  resetsAt: string | null;
}

async function startedSince(tx: TDbOrTx, userId: string, since: Date) {
  const [row] = await tx
    .select({ used: count(), oldest: sql<Date | null>`min(${interviews.startedAt})`.mapWith((value) => (value ? new Date(value) : null)) })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), gt(interviews.startedAt, since), eq(interviews.quotaRefunded, false)));
  return { used: row?.used ?? 0, oldest: row?.oldest ?? null };
}

const DAY_MS = 24 * 3600 * 1000;
const toDate = (value: unknown): Date | null => (value ? new Date(value as string) : null);

/** startedSince for two moments at once (one statement). */
async function startedSinceBoth(tx: TDbOrTx, userId: string, first: Date, second: Date) {
  const since = first < second ? first : second;
  const [row] = await tx
    .select({
      firstUsed: sql<number>`count(*) filter (where ${interviews.startedAt} > ${first.toISOString()})`.mapWith(Number),
      firstOldest: sql<Date | null>`min(${interviews.startedAt}) filter (where ${interviews.startedAt} > ${first.toISOString()})`.mapWith(toDate),
      secondUsed: sql<number>`count(*) filter (where ${interviews.startedAt} > ${second.toISOString()})`.mapWith(Number),
      secondOldest: sql<Date | null>`min(${interviews.startedAt}) filter (where ${interviews.startedAt} > ${second.toISOString()})`.mapWith(toDate),
    })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), gt(interviews.startedAt, since), eq(interviews.quotaRefunded, false)));
  return [
    { used: row?.firstUsed ?? 0, oldest: row?.firstOldest ?? null },
    { used: row?.secondUsed ?? 0, oldest: row?.secondOldest ?? null },
  ] as const;
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
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`interview-quota:${userId}`}))`);
  const now = new Date();
  const windowMs = plan.windowDays * 24 * 3600 * 1000;
  const daySince = new Date(now.getTime() - DAY_MS);
  // The plan's window and the fair-use day in one read (both are the user's starts since a moment).
  const [window, day] = await startedSinceBoth(tx, userId, new Date(now.getTime() - windowMs), daySince);
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
