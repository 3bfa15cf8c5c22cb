import { useTranslations } from "next-intl";
import { Markdown } from "@/app/_components/markdown/markdown";
import { FeedbackCard } from "@/app/_components/score/feedback-card";
import type { TSampleFeedback } from "./sample-feedback";
import { MarketingSection } from "./marketing-section";

/** The whole feedback card a candidate gets, for one real answer, scored by the real analyzer. */
export function SampleFeedbackSection({ sample }: { sample: TSampleFeedback }) {
  const t = useTranslations("marketing.sample");
  const tv = useTranslations("vocabulary");
  const track = tv(`tracks.${sample.question.track}`);
  const level = tv(`levels.${sample.question.level}`);
  return (
    <MarketingSection id="sample-feedback" title={t("title")}>
      <p className="mt-2 max-w-3xl text-slate-700">
        {t("intro", { track: track.toLocaleLowerCase() })}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-5">
        <div className="lg:sticky lg:top-20 lg:col-span-2 lg:self-start">
          <p className="text-sm font-medium text-slate-600">
            {t("meta", { track, level })}
          </p>
          {/* The sample question, answer and feedback are one real English answer: content, not interface. */}
          <p className="mt-2 text-lg font-semibold text-slate-900" data-user-content lang="en">
            <q>{sample.question.text}</q>
          </p>
          <figure className="mt-4 rounded-xl bg-slate-50 p-5 ring-1 ring-slate-200">
            <figcaption className="text-sm font-semibold text-slate-900">{t("answerCaption")}</figcaption>
            <blockquote data-user-content lang="en" className="mt-2 whitespace-pre-line text-sm text-slate-800">{sample.answer}</blockquote>
          </figure>
        </div>
        <div className="lg:col-span-3">
          <FeedbackCard score={sample.score} title={t("cardTitle")} markdown={Markdown} />
        </div>
      </div>
    </MarketingSection>
  );
}
