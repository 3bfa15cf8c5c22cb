"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LocalTime } from "@/app/_components/local-time";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { ClientMarkdown } from "@/app/_components/markdown/client-markdown";
import { useScoredByLabel } from "@/app/_components/score/format-score";
import { dimensionName } from "@/app/_components/dimension-name";
import { formatPoints } from "@/app/_components/format";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { DisabledButton } from "./disabled-button";
import { humanize } from "./format";
import { ManualScoreForm } from "./manual-score-form";
import type { TFlaggedAnswer } from "./types";

interface FlaggedItemProps {
  answer: TFlaggedAnswer;
  aiConfigured: boolean;
  aiModel: string | null;
  /** The answer left the queue; `message` says how. */
  onResolved: (message: string) => void;
}

/** Why it was flagged, plus "Scoring failed" for a failed answer that carries no reason of its own. */
function reasonsOf(answer: TFlaggedAnswer): string[] {
  const reasons = [...answer.reasons];
  if (answer.status === "failed" && !reasons.includes("scoring_failed")) reasons.push("scoring_failed");
  return reasons;
}

/**
 * One answer in the review queue: why it was flagged (and the candidate's words when they disputed
 * it), the question, the answer as plain text, the score or the error, and the four ways out.
 */
export function FlaggedItem({ answer, aiConfigured, aiModel, onResolved }: FlaggedItemProps) {
  const [manualOpen, setManualOpen] = useState(false);
  const rescore = api.admin.rescore.useMutation();
  const dismiss = api.admin.dismissFlag.useMutation();
  const busy = rescore.isPending || dismiss.isPending;
  const error = rescore.error ?? dismiss.error;
  const headingId = `flagged-${answer.id}`;
  const aiReasonId = `flagged-${answer.id}-ai-reason`;
  const manualId = `flagged-${answer.id}-manual`;
  const who = answer.userEmail;
  const t = useTranslations("admin-flagged");
  const tv = useTranslations("vocabulary");
  const failureText = useFailureText();
  const locale = useLocale();
  const scoredBy = useScoredByLabel();
  const trackName = (TRACKS as readonly string[]).includes(answer.track) ? tv(`tracks.${answer.track as TTrack}`) : answer.track;
  const levelName = (LEVELS as readonly string[]).includes(answer.level) ? tv(`levels.${answer.level as TLevel}`) : answer.level;
  const reasonName = (reason: string) => (t.has(`reasons.${reason}` as "reasons.padding") ? t(`reasons.${reason}` as "reasons.padding") : humanize(reason));

  function onRescore(using: "builtin" | "ai") {
    if (busy) return;
    dismiss.reset();
    rescore.mutate(
      { answerId: answer.id, using },
      {
        onSuccess: ({ score }) =>
          onResolved(t("item.rescored", { email: who, using, total: formatPoints(score.total, locale) })),
      },
    );
  }

  function onDismiss() {
    if (busy) return;
    rescore.reset();
    dismiss.mutate({ answerId: answer.id, note: null }, { onSuccess: () => onResolved(t("item.dismissed", { email: who })) });
  }

  return (
    <article aria-labelledby={headingId} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {t.rich("item.heading", {
              track: trackName,
              level: levelName,
              email: who,
              muted: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
              who: (chunks) => <span className="break-all">{chunks}</span>,
            })}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t.rich("item.answered", { status: answer.status, time: () => <LocalTime iso={answer.createdAt} format="dateTime" /> })}
          </p>
        </div>
        <p className="rounded-lg bg-slate-100 px-3 py-1.5 text-sm font-semibold tabular-nums text-slate-900">
          {answer.score ? (
            <>
              {t("item.score", { total: formatPoints(answer.score.total, locale) })}
              {answer.manual ? <span className="font-normal text-slate-600"> {t("item.manual")}</span> : null}
            </>
          ) : (
            t("item.noScore")
          )}
        </p>
      </div>

      <h3 className="sr-only">{t("item.why")}</h3>
      <ul className="mt-4 flex flex-wrap gap-2">
        {reasonsOf(answer).map((reason) => (
          <li key={reason} className="rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-950 ring-1 ring-amber-300">
            {reasonName(reason)}
          </li>
        ))}
      </ul>
      {answer.disputes.length > 0 ? (
        <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-3">
          <h3 className="text-sm font-semibold text-amber-950">{t("item.candidateReason")}</h3>
          {answer.disputes.map((dispute, index) => (
            <blockquote key={index} data-user-content dir="auto" className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900">
              “{dispute || t("item.noReason")}”
            </blockquote>
          ))}
        </div>
      ) : null}

      <div className="mt-5 grid gap-5 lg:grid-cols-2">
        {/* Landmark names carry the item's heading: every item has a "Question", an "Answer" and a "Current score" (axe: landmark-unique). */}
        <section aria-labelledby={`${headingId} ${headingId}-question`} className="min-w-0">
          <h3 id={`${headingId}-question`} className="text-sm font-semibold text-slate-900">
            {t("item.question")}
          </h3>
          <p data-user-content className="mt-1 whitespace-pre-wrap break-words text-slate-800">{answer.question}</p>
        </section>
        <section className="min-w-0">
          <h3 id={`${headingId}-answer`} className="text-sm font-semibold text-slate-900">
            {t("item.answer")}
          </h3>
          {/* Markdown without raw HTML (markup in an answer shows as typed and never runs); code as code. */}
          <div
            role="region"
            data-user-content
            dir="auto"
            aria-labelledby={`${headingId} ${headingId}-answer`}
            tabIndex={0}
            className="mt-1 max-h-72 overflow-y-auto break-words rounded-lg bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200"
          >
            <ClientMarkdown source={answer.answer} variant="answer" />
          </div>
        </section>
      </div>

      <section aria-labelledby={`${headingId} ${headingId}-score`} className="mt-5">
        <h3 id={`${headingId}-score`} className="text-sm font-semibold text-slate-900">
          {t("item.currentScore")}
        </h3>
        {answer.score ? (
          <>
            <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {answer.score.dimensions.map((dimension) => (
                <li key={dimension.key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                  <span className="text-slate-700">{dimensionName(tv, dimension.key, dimension.label)}</span>
                  <span className="font-semibold tabular-nums text-slate-900">
                    {t("item.points", { score: formatPoints(dimension.score, locale), max: dimension.max })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-600">{scoredBy(answer.score.scoredBy)}</p>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t("item.unscored")}</p>
        )}
        {answer.error ? (
          <p className="mt-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <span className="font-semibold">{t("item.error")}</span>
            {/* The worker's own diagnostic (an exception's text, as logged, always English): shown as code,
                not interface words, and marked as English so screen readers and page translators read it as such. */}
            <code lang="en" translate="no" className="break-words font-mono text-xs">
              {answer.error}
            </code>
          </p>
        ) : null}
      </section>

      {error ? <FormAlert className="mt-5">{failureText(error)}</FormAlert> : null}

      <div className="mt-5 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
        <SubmitButton type="button" size="sm" variant="secondary" pending={rescore.isPending && rescore.variables?.using === "builtin"} pendingLabel={t("item.rescoring")} onClick={() => onRescore("builtin")}>
          {t("item.rescoreBuiltin")}
        </SubmitButton>
        {aiConfigured ? (
          <SubmitButton type="button" size="sm" variant="secondary" pending={rescore.isPending && rescore.variables?.using === "ai"} pendingLabel={t("item.rescoringAi")} onClick={() => onRescore("ai")}>
            {t("item.rescoreAi")}
            {aiModel ? <span className="font-normal text-slate-600"> ({aiModel})</span> : null}
          </SubmitButton>
        ) : (
          <DisabledButton reasonId={aiReasonId}>{t("item.rescoreAi")}</DisabledButton>
        )}
        <button
          type="button"
          aria-expanded={manualOpen}
          aria-controls={manualId}
          onClick={() => setManualOpen((open) => !open)}
          className={buttonClass("secondary", { size: "sm" })}
        >
          {t("item.manualScore")}
        </button>
        <SubmitButton type="button" size="sm" variant="secondary" pending={dismiss.isPending} pendingLabel={t("item.dismissing")} onClick={onDismiss}>
          {t("item.dismiss")}
        </SubmitButton>
        {!aiConfigured ? (
          <p id={aiReasonId} className="w-full text-xs text-slate-600">
            {t("item.aiOff")}
          </p>
        ) : null}
      </div>

      <div id={manualId} hidden={!manualOpen} className="mt-4">
        {manualOpen ? (
          <ManualScoreForm
            answer={answer}
            onCancel={() => setManualOpen(false)}
            onSaved={(total) => onResolved(t("item.savedManual", { email: who, total: formatPoints(total, locale) }))}
          />
        ) : null}
      </div>
    </article>
  );
}
