"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { useErrorText } from "@/app/_components/form/use-error-text";
import { appCodeOf, messageOf } from "@/app/_components/use-form-errors";
import type { TAnswer } from "@/server/contracts/interviews";

export interface TStaleConflict {
  message: string;
  currentVersion: number;
  current: Pick<TAnswer, "id" | "attempt" | "status" | "text"> & { score: { total: number } | null };
}

/** The 409 a submit gets when another tab or device answered this question since this view loaded. */
export function staleConflictOf(error: unknown): TStaleConflict | null {
  if (appCodeOf(error) !== "CONFLICT") return null;
  const details = (error as { data?: { details?: unknown } | null } | null)?.data?.details as
    | { reason?: unknown; currentVersion?: unknown; current?: TStaleConflict["current"] | null }
    | null
    | undefined;
  if (details?.reason !== "stale_version" || typeof details.currentVersion !== "number" || !details.current) return null;
  return { message: messageOf(error), currentVersion: details.currentVersion, current: details.current };
}

interface StaleAnswerNoticeProps {
  conflict: TStaleConflict;
  pending: boolean;
  onView?: () => void;
  onSubmitAnyway: () => void;
}

/** Says what happened and offers the two ways on: look at the answer that is there, or add this one as a new attempt. */
export function StaleAnswerNotice({ conflict, pending, onView, onSubmitAnyway }: StaleAnswerNoticeProps) {
  const t = useTranslations("interview.stale");
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { current } = conflict;
  const state = current.score ? "scored" : current.status === "pending" ? "pending" : "other";
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="stale-answer" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{errorText(conflict.message)}</p>
      <p className="mt-1">{t("current", { attempt: current.attempt, state, total: current.score?.total ?? 0 })}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {onView ? (
          <button type="button" onClick={onView} className={buttonClass("secondary", { size: "sm" })}>
            {t("view")}
          </button>
        ) : null}
        <button type="button" disabled={pending} onClick={onSubmitAnyway} className={buttonClass("primary", { size: "sm" })}>
          {t("submitMine", { attempt: conflict.currentVersion + 1 })}
        </button>
      </div>
    </div>
  );
}
