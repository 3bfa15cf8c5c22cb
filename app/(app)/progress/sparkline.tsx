import { useLocale, useTranslations } from "next-intl";
import { linePath, plotPoints, type TPlotArea } from "./chart-geometry";
import { formatPoints } from "@/app/_components/format";

const AREA: TPlotArea = { width: 160, height: 44, padding: { left: 4, right: 4, top: 4, bottom: 4 } };

/** A skill's latest scores (0–10) as a small line; its <title> carries the numbers for screen readers. */
export function Sparkline({ label, values }: { label: string; values: readonly number[] }) {
  const points = plotPoints(values, 10, AREA);
  const last = points.at(-1);
  const t = useTranslations("progress.skill");
  const locale = useLocale();
  const title = t("sparkline", { label, count: values.length, values: values.map((value) => formatPoints(value, locale)).join(", ") });
  return (
    <svg viewBox={`0 0 ${AREA.width} ${AREA.height}`} role="img" className="h-auto w-full">
      <title>{title}</title>
      <line x1={AREA.padding.left} x2={AREA.width - AREA.padding.right} y1={AREA.height / 2} y2={AREA.height / 2} className="stroke-slate-100" strokeWidth="1" />
      {points.length > 1 ? (
        <path d={linePath(points)} fill="none" className="stroke-brand-600" strokeWidth="2" strokeLinejoin="round" />
      ) : null}
      {last ? <circle cx={last.x} cy={last.y} r="3" className="fill-brand-700" /> : null}
    </svg>
  );
}
