"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { levelWord } from "./level";

/** The microphone's level as a bar, with its value in words for screen readers (role="meter"). */
export function LevelMeter({ level, active }: { level: number; active: boolean }) {
  const t = useTranslations("voice.recorder");
  const labelId = useId();
  const word = levelWord(level);
  const shown = active ? level : 0;
  return (
    <div className="flex items-center gap-3">
      <span id={labelId} className="shrink-0 text-sm text-slate-700">
        {t("level")}
      </span>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={t("levelText", { level: shown, word })}
        className="relative h-3 w-full max-w-xs overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-3 rounded-full transition-[width] duration-100 ${word === "loud" ? "bg-amber-500" : "bg-brand-600"}`}
          style={{ width: `${shown}%` }}
        />
      </div>
      <span className="w-14 shrink-0 text-xs text-slate-600" aria-hidden="true">
        {active ? t("levelWord", { word }) : ""}
      </span>
    </div>
  );
}
