"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { SubmitButton } from "@/app/_components/submit-button";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { LEVEL_NAMES, TRACK_NAMES, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { interviewsLeft, type TQuota } from "./quota-notice";

interface StartConfirmProps {
  choice: { track: TTrack; level: TLevel; count: number; tags: string[] };
  quota: TQuota | undefined;
  inProgress: TInterviewSummary | null;
  pending: boolean;
  onConfirm: () => void;
  /** Back to the full form, to change the track, level or length first. */
  onChange: () => void;
}

/**
 * A one-click start ("Practise this", a quick start, a review item) stops here when it would spend
 * quota or leave a second interview open: it says what the click costs and offers the interview
 * already in progress, so nothing is spent by accident.
 */
export function StartConfirm({ choice, quota, inProgress, pending, onConfirm, onChange }: StartConfirmProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const left = interviewsLeft(quota);
  return (
    <section aria-labelledby="confirm-start-heading" className="rounded-xl bg-white p-5 shadow-sm ring-2 ring-brand-600 sm:p-6">
      <h2 id="confirm-start-heading" ref={heading} tabIndex={-1} className="text-xl font-bold text-slate-900 focus:outline-none">
        Start a new interview?
      </h2>
      <p className="mt-2 text-slate-800">
        {choice.count} question{choice.count === 1 ? "" : "s"} · {TRACK_NAMES[choice.track]} · {LEVEL_NAMES[choice.level]}
        {choice.tags.length > 0 ? ` · focus: ${choice.tags.map((tag) => tag.replace(/-/g, " ")).join(", ")}` : ""}
      </p>
      {left !== null ? (
        <p className="mt-2 text-sm text-slate-700">
          This uses <strong className="font-semibold text-slate-900">1 of the {left} interview{left === 1 ? "" : "s"}</strong> you have left this week
          {left === 1 ? ": it is your last one until one frees up." : "."}
        </p>
      ) : null}
      {inProgress ? (
        <p className="mt-2 text-sm text-slate-700">
          You already have an interview in progress: {TRACK_NAMES[inProgress.track]} · {LEVEL_NAMES[inProgress.level]}, {inProgress.answeredCount} of{" "}
          {inProgress.questionCount} answered. Resuming it costs nothing.
        </p>
      ) : null}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {inProgress ? (
          <Link href={`/practice/${inProgress.id}`} className={buttonClass("primary")}>
            Resume the interview in progress
          </Link>
        ) : null}
        <SubmitButton type="button" variant={inProgress ? "secondary" : "primary"} pending={pending} pendingLabel="Starting…" onClick={onConfirm}>
          {left !== null ? "Yes, use 1 interview and start" : "Start the new interview"}
        </SubmitButton>
        <button type="button" onClick={onChange} className="rounded text-sm font-medium text-brand-700 underline hover:text-brand-900">
          Change track, level or length
        </button>
      </div>
    </section>
  );
}
