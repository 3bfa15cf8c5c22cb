import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { formatCount, formatLocalDate, formatPoints } from "@/app/_components/format";
import { minutesSeconds } from "@/app/_components/score/delivery-marks";
import { serverCaller } from "@/app/_trpc/server";
import type { TDeliveryPoint } from "@/server/contracts/progress";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { RATE_BOUNDS } from "@/server/voice/delivery/analyse";
import { linePath, plotPoints, yFor, type TPlotArea } from "./chart-geometry";

const AREA: TPlotArea = { width: 320, height: 72, padding: { left: 4, right: 4, top: 6, bottom: 6 } };
/** The chart's top: above the fast bound with room to spare, so a fast answer still fits. */
const WPM_MAX = 260;

/** Words per minute per spoken answer, with the comfortable band shaded (the numbers are in the table). */
function RateChart({ points, title }: { points: readonly TDeliveryPoint[]; title: string }) {
  const rated = points.filter((point) => point.wordsPerMinute !== null);
  const plotted = plotPoints(rated.map((point) => point.wordsPerMinute!), WPM_MAX, AREA);
  const bandTop = yFor(RATE_BOUNDS.fastAbove, WPM_MAX, AREA);
  const bandBottom = yFor(RATE_BOUNDS.slowBelow, WPM_MAX, AREA);
  return (
    <svg viewBox={`0 0 ${AREA.width} ${AREA.height}`} role="img" aria-label={title} className="h-auto w-full max-w-md">
      <rect x={AREA.padding.left} width={AREA.width - AREA.padding.left - AREA.padding.right} y={bandTop} height={bandBottom - bandTop} className="fill-green-50" />
      {plotted.length > 1 ? <path d={linePath(plotted)} fill="none" className="stroke-brand-600" strokeWidth="2" strokeLinejoin="round" /> : null}
      {plotted.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r="3" className="fill-brand-700" />
      ))}
    </svg>
  );
}

/** Progress: speaking rate and fillers of each spoken answer over time, or how to get some. */
export async function DeliveryOverTime({ track }: { track: TTrack }) {
  const [api, t, locale] = await Promise.all([serverCaller(), getTranslations("voice.progress"), getLocale()]);
  const trend = await api.progress.delivery({ track });
  const latest = trend.points.at(-1);
  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6" data-testid="delivery-over-time">
      <h2 id="delivery-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {latest ? (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
          <p className="mt-2 text-sm text-slate-800">
            {t("latest", {
              wpm: latest.wordsPerMinute === null ? "—" : formatCount(Math.round(latest.wordsPerMinute), locale),
              fillers: formatPoints(latest.fillersPerHundredWords, locale),
              count: trend.points.length,
            })}{" "}
            {t("comfortable", { low: RATE_BOUNDS.slowBelow, high: RATE_BOUNDS.fastAbove })}
          </p>
          <div className="mt-4">
            <RateChart points={trend.points} title={t("chartWpm")} />
          </div>
          <DataTable
            className="mt-4"
            variant="plain"
            caption={t("caption")}
            minWidth="min-w-[28rem]"
            rows={[...trend.points].reverse()}
            rowKey={(point) => point.answerId}
            columns={[
              { header: t("date"), cell: (point) => formatLocalDate(point.answeredAt, locale), rowHeader: true, className: "whitespace-nowrap" },
              { header: t("question"), cell: (point) => <span className="line-clamp-2">{point.question}</span> },
              { header: t("wpm"), cell: (point) => (point.wordsPerMinute === null ? "—" : formatCount(Math.round(point.wordsPerMinute), locale)), className: "text-right tabular-nums" },
              { header: t("fillers"), cell: (point) => formatPoints(point.fillersPerHundredWords, locale), className: "text-right tabular-nums" },
              { header: t("talkTime"), cell: (point) => minutesSeconds(point.durationSec), className: "text-right tabular-nums" },
            ]}
          />
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
      )}
    </section>
  );
}
