/**
 * The "one interview left" email. Called in the interview-start transaction right after the quota
 * is consumed, under the same per-user lock, so two starts at once cannot both send it; a notice
 * row per (user, plan) makes it once per quota window.
 */
import { and, eq, gt } from "drizzle-orm";
import type { TTransaction } from "@/db";
import { quotaNotices, users } from "@/db/schema";
import type { TQuotaState } from "./quota";
import { getEnv } from "@/server/env";
import { queueEmail } from "@/server/mail/send-email";
import { oneInterviewLeftEmail } from "./billing-emails";
import { isBillingConfigured } from "./stripe-client";
import type { TPlan } from "@/server/contracts/vocabulary/plans";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

const DAY_MS = 24 * 3600 * 1000;

/** Who the notice goes to: the caller may have read it already (the start reads the account anyway). */
export interface TNoticeRecipient {
  email: string;
  name: string;
  language: TLanguage | null;
  emailNotifications: boolean;
}

/** `state` is the quota after this start was counted. Returns whether an email was queued. */
export async function noticeWhenOneInterviewLeft(
  tx: TTransaction,
  userId: string,
  plan: TPlan,
  state: TQuotaState,
  now = new Date(),
  recipient?: TNoticeRecipient,
): Promise<boolean> {
  const limit = plan.interviewsPerWindow;
  if (limit === null || limit - state.used !== 1) return false;
  const windowStart = new Date(now.getTime() - plan.windowDays * DAY_MS);
  const [sent] = await tx
    .select({ id: quotaNotices.id })
    .from(quotaNotices)
    .where(and(eq(quotaNotices.userId, userId), eq(quotaNotices.plan, plan.id), gt(quotaNotices.sentAt, windowStart)))
    .limit(1);
  if (sent) return false;
  const [user] = recipient
    ? [recipient]
    : await tx.select({ email: users.email, name: users.name, language: users.language, emailNotifications: users.emailNotifications }).from(users).where(eq(users.id, userId));
  if (!user?.emailNotifications) return false;

  await tx.insert(quotaNotices).values({ userId, plan: plan.id, sentAt: now });
  // Before this start the window may have been empty (no resetsAt yet): then it resets a window from now.
  const resetsAt = state.resetsAt ?? new Date(now.getTime() + plan.windowDays * DAY_MS).toISOString();
  const appUrl = getEnv().APP_URL;
  await queueEmail(tx, {
    to: user.email,
    ...oneInterviewLeftEmail({
      name: user.name,
      locale: user.language,
      planName: plan.name,
      limit,
      windowDays: plan.windowDays,
      resetsAt,
      upgradeLink: isBillingConfigured() ? `${appUrl}/pricing` : null,
      dashboardLink: `${appUrl}/dashboard`,
    }),
  });
  return true;
}
