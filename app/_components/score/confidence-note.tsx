"use client";

import { SolidIcon } from "@/app/_components/icons";
import { api } from "@/app/_trpc/client";
import type { TScore, TScoreConfidence } from "@/server/contracts/vocabulary/score";

/** Short phrases for the summary line, matched against the scorer's reason sentences. */
const REASON_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bshort\b/i, "the answer is short"],
  [/unusual format|\bcode\b|\blist\b|language/i, "it is in an unusual format"],
  [/off topic|link to the question|related|relevan/i, "it is only loosely related to the question"],
  [/addressed the grader/i, "part of it addressed the grader"],
];

function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? "";
  return `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}

/** "because the answer is short and it is in an unusual format", or "" when no reason is recognised. */
export function becauseClause(reasons: readonly string[]): string {
  const phrases = REASON_PHRASES.filter(([pattern]) => reasons.some((reason) => pattern.test(reason))).map(([, phrase]) => phrase);
  return phrases.length > 0 ? ` because ${joinPhrases(phrases)}` : "";
}

function LowConfidence({ confidence, scoredByAi }: { confidence: TScoreConfidence; scoredByAi: boolean }) {
  // Only worth asking when the built-in analyzer scored: an AI score needs no AI suggestion.
  const grader = api.analysis.grader.useQuery(undefined, { enabled: !scoredByAi, staleTime: Infinity, retry: false });
  const suggestAi = !scoredByAi && grader.data?.aiGrader === true;
  return (
    <section aria-label="How sure this score is" className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-sm text-slate-800">
      <div className="flex gap-2">
        <SolidIcon name="informationCircle" />
        <div className="min-w-0">
          <p>
            <strong className="font-semibold text-slate-900">Estimate</strong> — the analyzer is less sure of this score
            {becauseClause(confidence.reasons)}.
          </p>
          {confidence.reasons.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
              {confidence.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 text-slate-700">
            {suggestAi
              ? "For a firmer score, ask for a second look with “Dispute this score”: our team can have the AI grader score this answer."
              : "For a firmer score, answer in a few full sentences that speak directly to the question."}
          </p>
        </div>
      </div>
    </section>
  );
}

/**
 * How sure the scorer is, under the score: a low-confidence score is called an estimate, with the
 * reasons and what would make it firmer (the AI grader, when this server has one); a medium one
 * gets a quiet line; a high one, nothing. Said in words and marked with an icon and a dashed
 * border, never by colour alone.
 */
export function ConfidenceNote({ score }: { score: TScore }) {
  const confidence = score.confidence;
  if (!confidence || confidence.level === "high") return null;
  if (confidence.level === "medium") {
    return (
      <p className="mt-5 flex gap-2 text-sm text-slate-600">
        <SolidIcon name="informationCircle" />
        <span>
          <span className="font-medium text-slate-700">Slightly less certain:</span> {confidence.reasons[0] ?? "the analyzer is a little less sure of this score."}
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
