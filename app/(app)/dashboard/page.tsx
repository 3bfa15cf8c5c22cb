import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { PLANS, type TPlanId } from "@/server/contracts/vocabulary/plans";
import { isBillingConfigured } from "@/server/billing/stripe-client";
import { defaultChoice } from "../practice/default-choice";
import { ContinueCard } from "./continue-card";
import { FirstInterview } from "./first-interview";
import { LocalTime } from "@/app/_components/local-time";
import { QuickStart } from "./quick-start";
import { ProgressSummary } from "@/app/_components/progress-summary";
import { QuotaCard } from "./quota-card";
import { RecentScores } from "./recent-scores";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("dashboard.title");

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");

  const api = await serverCaller();
  const t = await getTranslations("dashboard");
  const [inProgress, completed, latest, quota] = await Promise.all([
    api.interviews.list({ status: "in_progress", limit: 1 }),
    api.interviews.list({ status: "completed", limit: 5 }),
    api.interviews.list({ limit: 1 }),
    api.interviews.quota(),
  ]);
  const current = inProgress.interviews[0] ?? null;
  const recent = completed.interviews;
  // The same starting choice as the practice form: the more recent of the last interview's and settings, else mid-level.
  const choice = defaultChoice({ last: latest.interviews[0], preferences: user.preferences });
  const level = choice.level;
  // "Your track" only when there is one: set in settings, or practised last; not the bare default.
  const preferredTrack = user.preferences.track !== null || latest.interviews[0] ? choice.track : null;
  const windowDays = PLANS[quota.plan as TPlanId]?.windowDays ?? 7;
  const firstName = user.name.trim().split(/\s+/)[0] ?? "";
  const quotaUsedUp = quota.limit !== null && quota.used >= quota.limit;

  const blocked = !user.emailVerified ? (
    <>{t("blockedUnverified", { email: user.email })}</>
  ) : quotaUsedUp ? (
    <>
      {t("blockedQuota", { limit: quota.limit ?? 0 })}
      {quota.resetsAt ? (
        <>
          {" "}
          {t.rich("nextUnlocks", { time: () => <LocalTime iso={quota.resetsAt!} format="weekdayTime" className="font-semibold" /> })}
        </>
      ) : null}
    </>
  ) : undefined;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="flex flex-wrap items-end justify-between gap-3">
        {/* min-w-0 and break-words: a long name with no spaces wraps instead of widening the page at 390 px. */}
        <div className="min-w-0 max-w-full">
          <h1 className="break-words text-3xl font-bold tracking-tight text-slate-900">{firstName ? t.rich("hello", { name: () => <span dir="auto">{firstName}</span> }) : t("yourDashboard")}</h1>
          <p className="mt-2 text-slate-700">
            {recent.length > 0 ? t("leadWithScores") : t("leadFirst")}
          </p>
        </div>
        {latest.interviews.length > 0 ? (
          <Link href="/history" className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
            {t("seeHistory")}
          </Link>
        ) : null}
      </div>

      <div className="mt-8 space-y-6">
        {current ? <ContinueCard interview={current} /> : null}
        {/* Phones read top to bottom: scores, then the quota, then the start buttons. */}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
          {recent.length > 0 ? (
            <div className="min-w-0">
              <RecentScores interviews={recent} />
            </div>
          ) : current ? null : (
            <div className="min-w-0">
              <FirstInterview quota={quota} windowDays={windowDays} />
            </div>
          )}
          <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <QuotaCard quota={quota} upgradeAvailable={isBillingConfigured()} />
            {recent.length > 0 ? <ProgressSummary /> : null}
          </div>
          <div className="min-w-0 lg:col-start-1">
            <QuickStart level={level} preferredTrack={preferredTrack} blocked={blocked} />
          </div>
        </div>
      </div>
    </div>
  );
}
