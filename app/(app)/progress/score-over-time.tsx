import { useLocale, useTranslations } from "next-intl";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { formatDay } from "@/app/_components/format";
import { ScoreChart, type TScorePoint } from "./score-chart";

/** The chart with a sentence that says, in words, whether the line goes up. */
export function ScoreOverTime({ track, series }: { track: TTrack; series: readonly TScorePoint[] }) {
  const t = useTranslations("progress.score");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const trackName = tv(`tracks.${track}`);
  const first = series[0];
  const last = series.at(-1);
  const change = first && last ? last.score - first.score : 0;
  const answers = series.reduce((sum, point) => sum + point.answers, 0);
  return (
    <section aria-labelledby="score-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="score-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {first && last ? (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {series.length > 1
              ? t.rich("dailyChange", {
                  count: answers,
                  track: trackName,
                  direction: change > 0 ? "up" : change < 0 ? "down" : "level",
                  change: Math.abs(change),
                  day: formatDay(first.date, locale),
                  strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
                })
              : t("daily", { count: answers, track: trackName })}
          </p>
          {series.length === 1 ? <p className="mt-1 text-sm text-slate-600">{t("oneDot")}</p> : null}
          <div className="mt-4">
            <ScoreChart id={`score-${track}`} title={t("chartTitle", { track: trackName })} series={series} />
          </div>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t("none", { track: trackName })}</p>
      )}
    </section>
  );
}
