import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { LEVEL_NAMES, LEVELS } from "@/server/contracts/vocabulary/tracks";
import type { TQuota } from "./quota-card";

const STEPS = ["Pick a track and level", "Answer 3 questions in your own words", "Get a score per skill, feedback and a sample answer"];

function quotaLine(quota: TQuota, windowDays: number): string {
  if (quota.limit === null) return "Your plan has no weekly limit; a fair-use limit per day applies.";
  return (
    `Your ${quota.plan ? `${quota.plan.charAt(0).toUpperCase()}${quota.plan.slice(1)} plan` : "plan"} includes ${quota.limit} interview${quota.limit === 1 ? "" : "s"} ` +
    `every ${windowDays} days. Starting one uses it, and it frees up again ${windowDays} days later; answering, retrying and reading feedback are free.`
  );
}

/**
 * The dashboard of someone who has not started an interview yet: one next step (the button) and a
 * first-run guide to what the words on the next pages mean.
 */
export function FirstInterview({ quota, windowDays }: { quota: TQuota; windowDays: number }) {
  const guide = [
    { term: "Tracks", text: "Software engineering, product management, behavioral and coding. Each has its own rubric of five skills." },
    { term: "Levels", text: `${LEVELS.map((level) => LEVEL_NAMES[level]).join(", ")}. Questions and the pass mark follow the level you pick.` },
    { term: "Scoring", text: "Every answer gets a score out of 10 per skill, with the words it rests on, what to improve and a sample answer. Retry an answer as often as you like." },
    { term: "Your quota", text: quotaLine(quota, windowDays) },
  ];
  return (
    <section aria-labelledby="first-heading" className="rounded-xl bg-gradient-to-b from-brand-50 to-white p-6 ring-1 ring-brand-100 sm:p-8">
      <h2 id="first-heading" className="text-xl font-bold text-slate-900">
        Start your first interview
      </h2>
      <p className="mt-2 max-w-prose text-slate-700">
        It takes about 15 minutes. Your scores and how they change over time will show up here.
      </p>
      <ol className="mt-5 space-y-2">
        {STEPS.map((step, index) => (
          <li key={step} className="flex items-center gap-3 text-sm text-slate-800">
            <span aria-hidden="true" className="flex h-6 w-6 flex-none items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white">
              {index + 1}
            </span>
            {step}
          </li>
        ))}
      </ol>
      <Link href="/practice" className={buttonClass("primary", { extra: "mt-6" })}>
        Choose your first interview
      </Link>
      <div className="mt-6 border-t border-brand-100 pt-5">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-700">New here? How it works</h3>
        <ul aria-label="How Rehearse works" className="mt-3 grid gap-3 text-sm text-slate-700 sm:grid-cols-2">
          {guide.map((item) => (
            <li key={item.term}>
              <strong className="block font-semibold text-slate-900">{item.term}</strong>
              {item.text}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <Link href="/help#faq" className="font-medium text-brand-700 underline hover:text-brand-900">
            More answers in Help
          </Link>
        </p>
      </div>
    </section>
  );
}
