"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { Spinner } from "@/app/_components/spinner";
import { LocalTime } from "@/app/_components/local-time";
import { usePlanName } from "@/app/_components/plan-name";
import { formatResetDate } from "./format-time";

export type TQuota = { plan: string; limit: number | null; used: number; resetsAt: string | null };
export type TQuotaBlock = { kind: "quota"; limit: number | null; used: number | null; resetsAt: string | null; plan: string | null };


export function interviewsLeft(quota: TQuota | undefined): number | null {
  return quota && quota.limit !== null ? Math.max(0, quota.limit - quota.used) : null;
}

const strong = (chunks: ReactNode) => <strong className="font-semibold text-slate-900">{chunks}</strong>;

/**
 * Rendered on the server too (the quota comes with the page), hence LocalTime rather than
 * formatResetDate. Above the form, before anything is clicked: how many starts are left, when the next one frees up
 * and the rule behind it. `upgradeAvailable`: billing is configured, so "See plans" leads somewhere.
 */
export function QuotaSummary({ quota, upgradeAvailable }: { quota: UseQueryResult<TQuota, unknown>; upgradeAvailable: boolean }) {
  const t = useTranslations("practice.quota");
  const planName = usePlanName();
  let content;
  if (quota.isPending) {
    content = (
      <span className="inline-flex items-center gap-2 text-slate-600">
        <Spinner /> {t("checking")}
      </span>
    );
  } else if (quota.isError || !quota.data) {
    content = <span className="text-slate-700">{t("checkFailed")}</span>;
  } else if (quota.data.limit === null) {
    content = <span>{t.rich("unlimited", { plan: (planName(quota.data.plan) ?? t("current")), strong })}</span>;
  } else {
    const left = Math.max(0, quota.data.limit - quota.data.used);
    const resetsAt = quota.data.resetsAt;
    content = (
      <span>
        {t.rich("left", { left, limit: quota.data.limit, plan: (planName(quota.data.plan) ?? t("current")), strong })}
        {resetsAt && quota.data.used > 0 ? (
          <>
            {" "}
            {t.rich(left === 0 ? "nextAvailable" : "anotherFrees", {
              time: () => <LocalTime iso={resetsAt} format="weekdayTime" className={left === 0 ? "font-semibold text-slate-900" : undefined} />,
            })}
          </>
        ) : null}{" "}
        {t("rule")}
        {upgradeAvailable && left <= 1 ? (
          <>
            {" "}
            <Link href="/pricing" className="font-semibold text-brand-700 underline hover:text-brand-900">
              {t("seePlans")}
            </Link>
          </>
        ) : null}
      </span>
    );
  }
  return (
    <p id="quota-summary" aria-live="polite" className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700 ring-1 ring-slate-200">
      {content}
    </p>
  );
}

/** The server said no (a start raced another tab, or the quota query was stale). */
export function QuotaExceeded({ block, fallbackPlan, upgradeAvailable }: { block: TQuotaBlock; fallbackPlan: string | null; upgradeAvailable: boolean }) {
  const t = useTranslations("practice.quota");
  const locale = useLocale();
  const planName = usePlanName();
  const plan = planName(block.plan ?? fallbackPlan) ?? t("current");
  const resetsAt = block.resetsAt;
  return (
    <FormAlert>
      <h2 className="text-base font-semibold">{t("usedTitle")}</h2>
      <p className="mt-1">
        {block.limit === null
          ? t("usedTextUnknown", { plan })
          : block.used !== null
            ? t("usedTextStarted", { plan, limit: block.limit, used: block.used })
            : t("usedText", { plan, limit: block.limit })}{" "}
        {resetsAt
          ? t.rich("startOn", {
              strong: () => (
                <strong className="font-semibold">
                  <time dateTime={resetsAt}>{formatResetDate(resetsAt, locale)}</time>
                </strong>
              ),
            })
          : t("startOnReset")}
      </p>
      {upgradeAvailable ? (
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <Link href="/pricing" className={buttonClass("primary", { size: "sm" })}>
            {t("upgrade")}
          </Link>
          <span>{t("upgradeMore")}</span>
        </p>
      ) : (
        <p className="mt-2">{t("meanwhile")}</p>
      )}
    </FormAlert>
  );
}
