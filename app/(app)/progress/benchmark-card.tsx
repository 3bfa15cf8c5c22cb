import { useLocale, useTranslations } from "next-intl";
import type { TProgress } from "@/server/analytics/progress";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { formatPoints } from "@/app/_components/format";

/** Where the candidate's average stands among others at the same track and level, or why we cannot say yet. */
export function BenchmarkCard({ track, benchmark }: { track: TTrack; benchmark: TProgress["benchmark"] }) {
  const t = useTranslations("progress.benchmark");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const trackName = tv(`tracks.${track}`);
  const levelName = tv(`levels.${benchmark.level}`);
  const cohort = t("cohort", { level: levelName, track: trackName });
  return (
    <section aria-labelledby="benchmark-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="benchmark-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {benchmark.percentile !== null ? (
        <>
          <p className="mt-3 text-3xl font-bold text-slate-900">{t("percentile", { value: benchmark.percentile })}</p>
          <p className="mt-2 text-sm text-slate-700">
            {t("higher", { average: formatPoints(benchmark.average ?? 0, locale), percentile: benchmark.percentile, count: benchmark.candidates, cohort })}
          </p>
        </>
      ) : benchmark.reason === "not_enough_candidates" ? (
        <>
          <p className="mt-3 font-semibold text-slate-900">{t("notEnough", { minimum: benchmark.minimumCandidates })}</p>
          <p className="mt-2 text-sm text-slate-700">
            {t("soFar", { count: benchmark.candidates, track: trackName, level: levelName, minimum: benchmark.minimumCandidates })}
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-700">{t("complete", { level: levelName, cohort })}</p>
      )}
    </section>
  );
}
