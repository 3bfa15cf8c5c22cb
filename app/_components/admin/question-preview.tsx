import { useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { ClientMarkdown } from "@/app/_components/markdown/client-markdown";
import { QuestionProgressBar, QuestionTopics } from "@/app/_components/question-display";
import { followUpDimensions } from "@/server/contracts/vocabulary/follow-ups";
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import type { TAdminQuestion } from "./types";

function dimensionLabel(track: string, key: string): string {
  const dimensions = (TRACKS as readonly string[]).includes(track) ? followUpDimensions(track as TTrack) : [];
  return dimensions.find((dimension) => dimension.key === key)?.label ?? key;
}

const isTrack = (value: string): value is TTrack => (TRACKS as readonly string[]).includes(value);
const isLevel = (value: string): value is TLevel => (LEVELS as readonly string[]).includes(value);

/** The question the way the practice page shows it to a candidate: text, topics and an answer box. */
export function QuestionPreview({ question }: { question: TAdminQuestion }) {
  const t = useTranslations("admin-questions.preview");
  const tv = useTranslations("vocabulary");
  const track = isTrack(question.track) ? tv(`tracks.${question.track}`) : question.track;
  const level = isLevel(question.level) ? tv(`levels.${question.level}`) : question.level;
  return (
    <div className="space-y-4">
      {!question.active ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          {t("inactive")}
        </p>
      ) : null}
      <div className="rounded-xl bg-white p-5 ring-1 ring-slate-200" aria-label={t("candidateView")} role="group">
        <p className="text-sm font-semibold text-brand-700">
          {t("position", { track, level })}
        </p>
        <QuestionProgressBar fraction={1 / 3} />
        <p data-user-content className="mt-5 whitespace-pre-wrap text-xl font-semibold leading-snug text-slate-900">{question.text}</p>
        <QuestionTopics tags={question.tags} label={t("topics")} />
        <p className="mt-6 text-sm font-medium text-slate-900">{t("yourAnswer")}</p>
        <div aria-hidden="true" className="mt-1 h-32 rounded-lg border border-slate-300 bg-slate-50" />
      </div>
      <details className="rounded-lg border border-slate-200">
        <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-semibold text-slate-900 hover:bg-slate-50">
          {t("scorerChecks")}
        </summary>
        <div className="space-y-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-800">
          <div>
            <p className="font-semibold">{t("keyPoints")}</p>
            <ul data-user-content className="mt-1 list-disc space-y-1 pl-5">
              {question.keyPoints.map((point, index) => (
                <li key={index}>{point}</li>
              ))}
            </ul>
          </div>
          {question.followUps.length > 0 ? (
            <div>
              <p className="font-semibold">{t("followUps")}</p>
              <ul data-user-content className="mt-1 list-disc space-y-1 pl-5">
                {question.followUps.map((followUp, index) => (
                  <li key={index}>
                    {followUp.text} <span className="text-slate-600">· {t("probes", { dimension: dimensionName(tv, followUp.dimension, dimensionLabel(question.track, followUp.dimension)) })}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div>
            <p className="font-semibold">{t("sampleAnswer")}</p>
            <div data-user-content>
              <ClientMarkdown source={question.sampleAnswer} className="mt-1" />
            </div>
          </div>
        </div>
      </details>
    </div>
  );
}
