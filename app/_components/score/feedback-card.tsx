import { useTranslations } from "next-intl";
import { LanguageNote } from "@/app/_components/content-language";
import { dimensionName } from "@/app/_components/dimension-name";
import type { ComponentType, ReactNode } from "react";
import { ClientMarkdown } from "@/app/_components/markdown/client-markdown";
import type { TMarkdownProps } from "@/app/_components/markdown/markdown-view";
import type { TAnswer } from "@/server/contracts/interviews";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TAnswerVoice } from "@/server/contracts/voice";
import { DeliverySection } from "./delivery-section";
import { DimensionBar } from "./dimension-bar";
import { Disclosure } from "./disclosure";
import { useScoredByLabel } from "./format-score";
import { ScoreDelta } from "./score-delta";
import { ConfidenceNote } from "./confidence-note";
import { ProvisionalNote } from "./provisional-note";
import { ScoreFlagNotes } from "./score-flag-notes";
import { ScoreRing } from "./score-ring";

export interface FeedbackCardProps {
  score: TScore;
  /** The text that was scored; shown folded, since the evidence quotes point into it. */
  answerText?: string;
  /** The previous attempt's score: each dimension then shows its change ("+2", "−1"). */
  previous?: TScore | null;
  /** Rendered under the interviewer's follow-up question (the practice page puts its answer box here). */
  followUpAction?: ReactNode;
  /** Heading text of the card. */
  title?: string;
  /** A person's review: the numbers are theirs, so the automatic comments move under a disclosure. */
  review?: TAnswer["review"];
  /**
   * Renders the texts (answer, sample answer, feedback, evidence, review note). Server pages pass
   * Markdown (highlighted on the server); the default, ClientMarkdown, highlights in the browser.
   */
  markdown?: ComponentType<TMarkdownProps>;
  /** A spoken answer's recording: its delivery (rate, fillers, pauses, talk time) and playback. */
  voice?: TAnswerVoice | null;
}

/** The card's words (components.score): server pages and the browser render it alike. */
function useCardText() {
  return useTranslations("components.score");
}

function ListSection({ title, items, tone, lang }: { title: string; items: readonly string[]; tone: "good" | "improve"; lang: string }) {
  if (items.length === 0) return null;
  return (
    <div className={`rounded-lg p-4 ${tone === "good" ? "bg-green-50" : "bg-amber-50"}`}>
      <h4 className={`text-sm font-semibold ${tone === "good" ? "text-green-900" : "text-amber-950"}`}>{title}</h4>
      <ul lang={lang} className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The language the score's words were written in (scores from before languages are English). */
const wordsLanguage = (score: TScore) => score.language ?? "en";

/** The analyzer's words: comments per skill (only under a review), strengths, improvements, feedback. */
function AutomaticFeedback({ score, showComments = false, markdown: Md }: { score: TScore; showComments?: boolean; markdown: ComponentType<TMarkdownProps> }) {
  const t = useCardText();
  const tv = useTranslations("vocabulary");
  const lang = wordsLanguage(score);
  return (
    <>
      {showComments && score.dimensions.some((dimension) => dimension.comment) ? (
        <ul className="mt-3 space-y-2 text-sm text-slate-800">
          {score.dimensions.map((dimension) =>
            dimension.comment ? (
              <li key={dimension.key}>
                <span className="font-semibold">{dimensionName(tv, dimension.key, dimension.label)}:</span> <span lang={lang}>{dimension.comment}</span>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      <div className={`mt-6 grid gap-4 ${score.strengths.length > 0 && score.improvements.length > 0 ? "md:grid-cols-2" : ""}`}>
        <ListSection title={t("strengths")} items={score.strengths} tone="good" lang={lang} />
        <ListSection title={t("toImprove")} items={score.improvements} tone="improve" lang={lang} />
      </div>
      {score.feedback ? (
        <div className="mt-6">
          <h4 className="text-sm font-semibold text-slate-900">{t("feedback")}</h4>
          <div lang={lang}>
            <Md source={score.feedback} className="mt-1 text-slate-800" />
          </div>
        </div>
      ) : null}
    </>
  );
}

/**
 * The score of one answer: total, a bar per rubric dimension with its evidence, strengths,
 * improvements, feedback, who scored it, notes (flags), the sample answer behind a disclosure, and
 * the interviewer's follow-up. Shared by the practice page and the interview report.
 * Renders on the server or the client (only the disclosures hold state).
 */
export function FeedbackCard({ score, answerText, previous, followUpAction, title: titleProp, review, markdown: Md = ClientMarkdown, voice }: FeedbackCardProps) {
  const t = useCardText();
  const scoredByLabel = useScoredByLabel();
  const title = titleProp ?? t("yourScore");
  const previousByKey = new Map(previous?.dimensions.map((dimension) => [dimension.key, dimension.score]) ?? []);
  return (
    <article aria-label={title} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center gap-5">
        <ScoreRing score={score.total} size="md" label={t("score")} />
        <div className="min-w-0 flex-1">
          <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
          <p className="mt-1 text-sm text-slate-700">
            <span className="sr-only">{t("totalSr", { total: score.total })} </span>
            {t("skillsScored", { count: score.dimensions.length })}
          </p>
          {previous ? (
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <span>{t("vsPrevious", { total: previous.total })}</span>
              <ScoreDelta change={score.total - previous.total} />
            </p>
          ) : null}
        </div>
      </div>

      <div className="mt-5">
        <ScoreFlagNotes flags={score.flags} />
      </div>
      <LanguageNote of="score" language={wordsLanguage(score)} className="mt-3" />
      <ConfidenceNote score={score} />
      <ProvisionalNote score={score} />

      {review ? (
        <div role="group" aria-label={t("review")} className="mt-5 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h4 className="text-sm font-semibold text-brand-900">{t("reviewedByTeam")}</h4>
          {review.note ? <Md source={review.note} className="mt-1 text-slate-900" /> : null}
          <p className="mt-2 text-xs text-slate-700">{t("reviewNote")}</p>
        </div>
      ) : null}

      {/* Named groups, not regions: a page shows several cards (an answer and its follow-up, a report's
          questions), and same-named regions would crowd the landmark list (axe landmark-unique). */}
      <div role="group" aria-label={t("perSkill")} className="mt-5">
        <h4 className="sr-only">{t("perSkill")}</h4>
        <ul className="divide-y divide-slate-100">
          {score.dimensions.map((dimension) => (
            <DimensionBar
              key={dimension.key}
              dimension={review ? { ...dimension, comment: "", evidence: [] } : dimension}
              previousScore={previous ? (previousByKey.get(dimension.key) ?? null) : undefined}
              markdown={Md}
              lang={wordsLanguage(score)}
            />
          ))}
        </ul>
      </div>

      {review ? (
        <div className="mt-6">
          <Disclosure what={t("whatOriginal")}>
            <p className="text-xs text-slate-600">{t("originalNote")}</p>
            <AutomaticFeedback score={score} showComments markdown={Md} />
          </Disclosure>
        </div>
      ) : (
        <AutomaticFeedback score={score} markdown={Md} />
      )}

      {voice ? <DeliverySection voice={voice} /> : null}

      {answerText || score.sampleAnswer ? (
        <div className="mt-6 space-y-3">
          {answerText ? (
            <Disclosure what={t("whatAnswer")}>
              <div data-user-content>
                <Md source={answerText} variant="answer" className="text-sm text-slate-800" />
              </div>
            </Disclosure>
          ) : null}
          {score.sampleAnswer ? (
            <Disclosure what={t("whatSample")} tone="brand">
              <p className="text-xs text-slate-600">{t("sampleNote")}</p>
              <div data-user-content>
                <Md source={score.sampleAnswer} className="mt-2 text-sm text-slate-800" />
              </div>
            </Disclosure>
          ) : null}
        </div>
      ) : null}

      {score.followUp ? (
        <div className="mt-6 rounded-lg bg-brand-50 p-4">
          <h4 className="text-sm font-semibold text-brand-900">{t("followsUp")}</h4>
          <Md source={score.followUp} className="mt-1 font-medium text-slate-900" />
          {followUpAction ? <div className="mt-3">{followUpAction}</div> : null}
        </div>
      ) : null}

      <p className="mt-6 border-t border-slate-100 pt-3 text-xs text-slate-600">
        {t("scoredByLine", { scoredBy: scoredByLabel(score.scoredBy), version: score.scoredBy.rubricVersion })}
      </p>
    </article>
  );
}
