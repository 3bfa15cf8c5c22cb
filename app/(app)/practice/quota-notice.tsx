"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { Spinner } from "@/app/_components/spinner";
import { LocalTime } from "@/app/_components/local-time";
import { formatResetDate } from "./format-time";

export type TQuota = { plan: string; limit: number | null; used: number; resetsAt: string | null };
export type TQuotaBlock = { kind: "quota"; limit: number | null; used: number | null; resetsAt: string | null; plan: string | null };

export function planName(plan: string | null | undefined): string {
  if (!plan) return "current";
  return plan.charAt(0).toUpperCase() + plan.slice(1);
}

export function interviewsLeft(quota: TQuota | undefined): number | null {
  return quota && quota.limit !== null ? Math.max(0, quota.limit - quota.used) : null;
}

/** What resets when, in one sentence: the window is rolling, so each start frees up on its own. */
export const QUOTA_RULE = "Each interview you start counts for 7 days; after that it frees up again.";

/**
 * Rendered on the server too (the quota comes with the page), hence LocalTime rather than
 * formatResetDate. Above the form, before anything is clicked: how many starts are left, when the next one frees up
 * and the rule behind it. `upgradeAvailable`: billing is configured, so "See plans" leads somewhere.
 */
export function QuotaSummary({ quota, upgradeAvailable }: { quota: UseQueryResult<TQuota, unknown>; upgradeAvailable: boolean }) {
  let content;
  if (quota.isPending) {
    content = (
      <span className="inline-flex items-center gap-2 text-slate-600">
        <Spinner /> Checking how many interviews you have left…
      </span>
    );
  } else if (quota.isError || !quota.data) {
    content = <span className="text-slate-700">We couldn’t check your weekly allowance just now; you can still start an interview.</span>;
  } else if (quota.data.limit === null) {
    content = (
      <span>
        <strong className="font-semibold text-slate-900">Unlimited interviews</strong> on your {planName(quota.data.plan)} plan.
      </span>
    );
  } else {
    const left = Math.max(0, quota.data.limit - quota.data.used);
    content = (
      <span>
        <strong className="font-semibold text-slate-900">
          {left} of {quota.data.limit} interview{quota.data.limit === 1 ? "" : "s"} left this week
        </strong>{" "}
        on your {planName(quota.data.plan)} plan.
        {quota.data.resetsAt && quota.data.used > 0 ? (
          <>
            {" "}
            {left === 0 ? "Your next one is available" : "Another frees up"}{" "}
            <LocalTime iso={quota.data.resetsAt} format="weekdayTime" className={left === 0 ? "font-semibold text-slate-900" : undefined} />
            .
          </>
        ) : null}{" "}
        {QUOTA_RULE}
        {upgradeAvailable && left <= 1 ? (
          <>
            {" "}
            <Link href="/pricing" className="font-semibold text-brand-700 underline hover:text-brand-900">
              See plans
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
  return (
    <FormAlert>
      <h2 className="text-base font-semibold">You’ve used this week’s interviews</h2>
      <p className="mt-1">
        Your {planName(block.plan ?? fallbackPlan)} plan includes {block.limit ?? "a set number of"} interview{block.limit === 1 ? "" : "s"} per week
        {block.used !== null ? `, and you’ve started ${block.used}` : ""}.{" "}
        {block.resetsAt ? (
          <>
            You can start another on{" "}
            <strong className="font-semibold">
              <time dateTime={block.resetsAt}>{formatResetDate(block.resetsAt)}</time>
            </strong>
            .
          </>
        ) : (
          "You can start another when your quota resets."
        )}
      </p>
      {upgradeAvailable ? (
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <Link href="/pricing" className={buttonClass("primary", { size: "sm" })}>
            Upgrade
          </Link>
          <span>for more interviews every week.</span>
        </p>
      ) : (
        <p className="mt-2">Until then, your past interviews, reports and progress are all still open to you.</p>
      )}
    </FormAlert>
  );
}
