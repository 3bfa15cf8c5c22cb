"use client";

import { useTranslations } from "next-intl";
import { formatDuration } from "../../format-time";

/** Time recorded against the question's suggested length, with a bar; past it, a nudge to wrap up. */
export function RecordingTimer({ elapsedSec, suggestedSec }: { elapsedSec: number; suggestedSec: number }) {
  const t = useTranslations("voice.recorder");
  const over = elapsedSec > suggestedSec;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-700">
        <span>{t("timer")}:</span>
        <span role="timer" className="font-mono font-semibold tabular-nums text-slate-900">
          {t("timerOf", { elapsed: formatDuration(elapsedSec), suggested: formatDuration(suggestedSec) })}
        </span>
      </p>
      <div className="h-1.5 w-full max-w-xs rounded-full bg-slate-100" aria-hidden="true">
        <div className={`h-1.5 rounded-full ${over ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${Math.min(100, (elapsedSec / suggestedSec) * 100)}%` }} />
      </div>
      {over ? <p className="text-sm font-medium text-amber-900">{t("pastSuggested")}</p> : null}
    </div>
  );
}
