"use client";

import { useLocale, useTranslations } from "next-intl";
import { SolidIcon } from "@/app/_components/icons";
import { api } from "@/app/_trpc/client";
import { confidenceReasonCode, confidenceReasonIn, type TConfidenceReasonCode } from "@/server/contracts/vocabulary/confidence-reasons";
import type { TScore, TScoreConfidence } from "@/server/contracts/vocabulary/score";

type TPhraseKey = "short" | "format" | "offTopic" | "grader";

/** The built-in analyzer's reasons (recognised in any language) → the summary line's short phrases. */
const PHRASE_OF_CODE: Record<TConfidenceReasonCode, TPhraseKey> = { short: "short", unusual: "format", offTopic: "offTopic", weakLink: "offTopic", injected: "grader" };

/** Short phrases (components.score.reasons) for the summary line, matched against other English reason sentences (an AI grader's). */
const REASON_PHRASES: ReadonlyArray<readonly [RegExp, TPhraseKey]> = [
  [/\bshort\b/i, "short"],
  [/unusual format|\bcode\b|\blist\b|language/i, "format"],
  [/off topic|link to the question|related|relevan/i, "offTopic"],
  [/addressed the grader/i, "grader"],
];

/** The recognised reasons' phrase keys, in the list's order (none when no reason is recognised). */
export function reasonPhraseKeys(reasons: readonly string[]): TPhraseKey[] {
  const matches = (key: TPhraseKey, pattern: RegExp) =>
    reasons.some((reason) => {
      const code = confidenceReasonCode(reason);
      return code ? PHRASE_OF_CODE[code] === key : pattern.test(reason);
    });
  return REASON_PHRASES.filter(([pattern, key]) => matches(key, pattern)).map(([, key]) => key);
}

function LowConfidence({ confidence, scoredByAi }: { confidence: TScoreConfidence; scoredByAi: boolean }) {
  // Only worth asking when the built-in analyzer scored: an AI score needs no AI suggestion.
  const grader = api.analysis.grader.useQuery(undefined, { enabled: !scoredByAi, staleTime: Infinity, retry: false });
  const suggestAi = !scoredByAi && grader.data?.aiGrader === true;
  const t = useTranslations("components.score");
  const locale = useLocale();
  const phrases = reasonPhraseKeys(confidence.reasons).map((key) => t(`reasons.${key}`));
  const because = phrases.length > 0 ? t("because", { reasons: new Intl.ListFormat(locale, { type: "conjunction" }).format(phrases) }) : "";
  return (
    // A group, not a region: each card on a page may carry one (see FeedbackCard).
    <div role="group" aria-label={t("confidenceLabel")} className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-sm text-slate-800">
      <div className="flex gap-2">
        <SolidIcon name="informationCircle" />
        <div className="min-w-0">
          <p>
            {t.rich("estimate", { because, strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong> })}
          </p>
          {confidence.reasons.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
              {confidence.reasons.map((reason) => (
                <li key={reason}>{confidenceReasonIn(reason, locale)}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 text-slate-700">
            {suggestAi ? t("firmerWithAi") : t("firmer")}
          </p>
        </div>
      </div>
    </div>
  );
}

/**
 * How sure the scorer is, under the score: a low-confidence score is called an estimate, with the
 * reasons and what would make it firmer (the AI grader, when this server has one); a medium one
 * gets a quiet line; a high one, nothing. Said in words and marked with an icon and a dashed
 * border, never by colour alone.
 */
export function ConfidenceNote({ score }: { score: TScore }) {
  const t = useTranslations("components.score");
  const locale = useLocale();
  const confidence = score.confidence;
  if (!confidence || confidence.level === "high") return null;
  if (confidence.level === "medium") {
    return (
      <p className="mt-5 flex gap-2 text-sm text-slate-600">
        <SolidIcon name="informationCircle" />
        <span>
          <span className="font-medium text-slate-700">{t("slightlyLess")}</span> {confidence.reasons[0] ? confidenceReasonIn(confidence.reasons[0], locale) : t("slightlyLessDefault")}
        </span>
      </p>
    );
  }
  return (
    <div className="mt-5">
      <LowConfidence confidence={confidence} scoredByAi={score.scoredBy.provider === "openai"} />
    </div>
  );
}
