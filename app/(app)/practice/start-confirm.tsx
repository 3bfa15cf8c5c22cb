"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useTopicName } from "@/app/_components/topic-name";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { SubmitButton } from "@/app/_components/submit-button";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
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
  const t = useTranslations("practice.confirm");
  const topicName = useTopicName();
  const tv = useTranslations("vocabulary");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const left = interviewsLeft(quota);
  return (
    <section aria-labelledby="confirm-start-heading" className="rounded-xl bg-white p-5 shadow-sm ring-2 ring-brand-600 sm:p-6">
      {/* Where reading resumes, not a control: no focus ring (inline, as FocusHeading explains: the global :focus-visible rule beat focus:outline-none and boxed the heading like a text field). */}
      <h2 id="confirm-start-heading" ref={heading} tabIndex={-1} style={{ outline: "none" }} className="text-xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-800">
        {t("choice", { count: choice.count, track: tv(`tracks.${choice.track}`), level: tv(`levels.${choice.level}`) })}
        {choice.tags.length > 0 ? t("focus", { tags: choice.tags.map(topicName).join(", ") }) : ""}
      </p>
      {left !== null ? (
        <p className="mt-2 text-sm text-slate-700">
          {t.rich(left === 1 ? "usesLast" : "uses", { left, strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong> })}
        </p>
      ) : null}
      {inProgress ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("inProgress", {
            track: tv(`tracks.${inProgress.track}`),
            level: tv(`levels.${inProgress.level}`),
            answered: inProgress.answeredCount,
            total: inProgress.questionCount,
          })}
        </p>
      ) : null}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {inProgress ? (
          <Link href={`/practice/${inProgress.id}`} className={buttonClass("primary")}>
            {t("resume")}
          </Link>
        ) : null}
        <SubmitButton type="button" variant={inProgress ? "secondary" : "primary"} pending={pending} pendingLabel={t("starting")} onClick={onConfirm}>
          {left !== null ? t("useAndStart") : t("startNew")}
        </SubmitButton>
        <button type="button" onClick={onChange} className="rounded text-sm font-medium text-brand-700 underline hover:text-brand-900">
          {t("change")}
        </button>
      </div>
    </section>
  );
}
