"use client";

/**
 * Advice while choosing a password: zxcvbn's estimate as a 5-segment meter, a text label and its
 * first suggestion. The rules that actually refuse a password live in server/auth/password-policy.ts;
 * this only helps people pick a better one. zxcvbn and its dictionaries (~1 MB) are imported on
 * first use, inside an effect, so they stay out of the page's first-load bundle.
 */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Score, ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adviceKeys } from "./password-advice";

interface PasswordStrengthMeterProps {
  password: string;
  /** The user's own details (email, name): passwords built from them score lower. */
  userInputs?: readonly string[];
  /** Lets the password field point at the meter with aria-describedby. */
  id?: string;
}

interface Estimate {
  score: Score;
  /** A key of the password-advice catalog ("suggestions.useWords", "warnings.dates"…). */
  advice: string | null;
}

const LABELS = { 0: "veryWeak", 1: "weak", 2: "fair", 3: "good", 4: "strong" } as const satisfies Record<Score, string>;
// Full class names (not built from parts) so Tailwind's scanner sees them.
const FILLED_SEGMENT: Record<Score, string> = {
  0: "bg-red-600",
  1: "bg-orange-500",
  2: "bg-amber-500",
  3: "bg-lime-600",
  4: "bg-green-700",
};
const SEGMENTS = [0, 1, 2, 3, 4] as const;
/** Waits for a pause in typing, so the estimate (and the screen-reader announcement) is not redone per keystroke. */
const TYPING_PAUSE_MS = 150;

type Estimator = Pick<ZxcvbnFactory, "check">;

let estimatorPromise: Promise<Estimator> | undefined;

/** Loads the library and dictionaries once per page; a failed load (e.g. offline) may be retried later. */
function loadEstimator(): Promise<Estimator> {
  estimatorPromise ??= Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ])
    .then(
      ([core, common, en]) =>
        new core.ZxcvbnFactory({
          translations: adviceKeys(en.translations),
          graphs: common.adjacencyGraphs,
          dictionary: { ...common.dictionary, ...en.dictionary },
        }),
    )
    .catch((error: unknown) => {
      estimatorPromise = undefined;
      throw error;
    });
  return estimatorPromise;
}

/** "jordan.lee@example.com" also yields "jordan", "lee" and "example", which zxcvbn then finds inside a password. */
function expandUserInputs(inputsKey: string): string[] {
  const whole = inputsKey.split("\n").filter(Boolean);
  const parts = whole.flatMap((input) => input.split(/[^\p{L}\p{N}]+/u)).filter((part) => part.length >= 3);
  return [...new Set([...whole, ...parts].map((input) => input.toLowerCase()))];
}

export function PasswordStrengthMeter({ password, userInputs = [], id }: PasswordStrengthMeterProps) {
  const t = useTranslations("components.passwordStrength");
  const advice = useTranslations("password-advice");
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // A string, not the array, as the dependency: callers usually pass a new array on every render.
  const inputsKey = userInputs.map((input) => input.trim()).filter(Boolean).join("\n");

  useEffect(() => {
    if (password === "") return;
    let cancelled = false;
    const timer = setTimeout(() => {
      loadEstimator()
        .then((estimator) => {
          if (cancelled) return;
          const result = estimator.check(password, expandUserInputs(inputsKey));
          setEstimate({
            score: result.score,
            advice: result.feedback.suggestions[0] ?? result.feedback.warning ?? null,
          });
          setUnavailable(false);
        })
        .catch(() => {
          // Advice only: without the library the form still works, so the meter just stays away.
          if (!cancelled) setUnavailable(true);
        });
    }, TYPING_PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [password, inputsKey]);

  if (password === "" || unavailable) return null;

  // Until the first estimate arrives, the label says so instead of guessing.
  const score = estimate?.score;
  const label = score === undefined ? t("checking") : t(LABELS[score]);

  return (
    <div id={id} className="mt-2 space-y-1">
      <div className="flex gap-1" aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span
            key={segment}
            className={`h-1.5 flex-1 rounded-full transition-colors ${
              score !== undefined && segment <= score ? FILLED_SEGMENT[score] : "bg-slate-200"
            }`}
          />
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        <span className="font-medium text-slate-900">{t("label", { label })}</span>
        {estimate?.advice && advice.has(estimate.advice as never) ? <span>. {advice(estimate.advice as never)}</span> : null}
      </p>
    </div>
  );
}
