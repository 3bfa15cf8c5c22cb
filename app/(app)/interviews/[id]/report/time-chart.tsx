import { useTranslations } from "next-intl";
import { BarList } from "../../_components/bar-list";
import { isoDuration } from "@/app/_components/interview-words";
import { useDuration } from "./use-duration";
import { questionSeconds, type TQuestion } from "./report-data";
import { SectionCard } from "@/app/_components/section-card";

/** Where the time went: each question's answering time as a bar, and the total. */
export function TimeChart({ questions, totalSeconds }: { questions: TQuestion[]; totalSeconds: number | null }) {
  const t = useTranslations("report");
  const formatDuration = useDuration();
  const perQuestion = questions.map((question, index) => ({ index, seconds: questionSeconds(question) }));
  const longest = Math.max(0, ...perQuestion.map((entry) => entry.seconds ?? 0));
  const total = formatDuration(totalSeconds);
  return (
    <SectionCard
      id="time"
      title={t("timeTitle")}
      className="break-inside-avoid print:shadow-none"
      aside={
        <p className="text-sm text-slate-700">
          {t("total")}{" "}
          {total && totalSeconds !== null ? (
            <time dateTime={isoDuration(totalSeconds)} className="font-semibold text-slate-900">
              {total}
            </time>
          ) : (
            <span className="font-semibold text-slate-900">{t("notRecordedLower")}</span>
          )}
        </p>
      }
    >
      <figure className="mt-5" aria-label={t("timePerQuestion")}>
        <BarList
          max={longest}
          tone="slate"
          labelWidth="6.5rem"
          valueWidth="5.5rem"
          bars={perQuestion.map((entry) => ({
            key: String(entry.index),
            label: t("questionN", { n: entry.index + 1 }),
            value: entry.seconds ?? 0,
            display: formatDuration(entry.seconds) ?? "—",
            srDisplay: formatDuration(entry.seconds) ?? t("notRecordedLower"),
          }))}
        />
      </figure>
    </SectionCard>
  );
}
