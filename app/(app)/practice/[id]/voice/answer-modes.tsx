"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";

export type TAnswerMode = "type" | "speak";

const STORAGE_KEY = "rehearse:v1:answer-mode";

function readMode(): TAnswerMode {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "speak" ? "speak" : "type";
  } catch {
    return "type";
  }
}

function writeMode(mode: TAnswerMode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/**
 * "Type" or "Speak": two radio buttons above the answer, remembered on this device. Typing stays
 * the default and is always one press away (also where the browser cannot record).
 */
export function AnswerModes({ typed, spoken }: { typed: ReactNode; spoken?: () => ReactNode }) {
  const t = useTranslations("voice.mode");
  const name = useId();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<TAnswerMode | null>(null);
  // The remembered choice is read after hydration (the server renders "type").
  const mode = chosen ?? (hydrated ? readMode() : "type");

  if (!spoken) return typed;

  function choose(next: TAnswerMode) {
    setChosen(next);
    writeMode(next);
  }

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="inline-flex rounded-lg bg-slate-100 p-1">
          {(["type", "speak"] as const).map((option) => (
            <label
              key={option}
              className={`relative cursor-pointer rounded-md px-4 py-1.5 text-sm font-semibold has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${
                mode === option ? "bg-white text-slate-900 shadow-sm" : "text-slate-700 hover:text-slate-900"
              }`}
            >
              <input type="radio" name={name} value={option} checked={mode === option} onChange={() => choose(option)} className="absolute inset-0 h-full w-full cursor-pointer opacity-0" />
              {t(option)}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "speak" ? spoken() : typed}
    </div>
  );
}
