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
  const state = await quotaState(tx, userId, plan, now);
  if (plan.interviewsPerWindow !== null && state.used >= plan.interviewsPerWindow) {
    throw new AppError(
      "QUOTA_EXCEEDED",
      `Your ${plan.name} plan includes ${plan.interviewsPerWindow} interviews per ${plan.windowDays} days. Upgrade for more, or wait until your quota resets.`,
      { limit: plan.interviewsPerWindow, used: state.used, resetsAt: state.resetsAt, plan: plan.id },
    );
  }
  if (plan.fairUsePerDay !== null) {
    const day = await startedSince(tx, userId, new Date(now.getTime() - 24 * 3600 * 1000));
    if (day.used >= plan.fairUsePerDay) {
      const resetsAt = day.oldest ? new Date(day.oldest.getTime() + 24 * 3600 * 1000).toISOString() : null;
      throw new AppError("QUOTA_EXCEEDED", `Fair use allows ${plan.fairUsePerDay} interviews a day. Try again later.`, {
        limit: plan.fairUsePerDay,
        used: day.used,
        resetsAt,
        plan: plan.id,
      });
    }
  }
  return { ...state, used: state.used + 1 };
}

