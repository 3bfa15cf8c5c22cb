import { useLocale, useTranslations } from "next-intl";
import { formatDimensionPoints, roundDimensionPoints } from "@/app/_components/format";

interface ScoreDeltaProps {
  /** This attempt minus the previous one. */
  change: number;
}

/**
 * The change against the previous attempt: "+2" in green, "−1" in red, "±0" in grey. The sign and
 * the arrow carry the meaning, so it never rests on colour alone.
 */
export function ScoreDelta({ change }: ScoreDeltaProps) {
  const t = useTranslations("components.score");
  const locale = useLocale();
  // The same resolution as the points beside it: a change too small to show is no change.
  const rounded = roundDimensionPoints(change);
  if (rounded === 0) {
    return (
      <span className="inline-flex items-center rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
        <span aria-hidden="true">±0</span>
        <span className="sr-only">{t("noChange")}</span>
      </span>
    );
  }
  const up = rounded > 0;
  // "7,5" in Russian, as the points beside it. Said without a unit ("up 7.5", "на 7,5 больше"): the unit's
  // Russian plural depends on the number ("балл", "балла", "баллов"), and the score beside it names it.
  const magnitude = formatDimensionPoints(Math.abs(rounded), locale);
  return (
    <span
      className={`inline-flex items-center gap-0.5 rounded-full px-2 py-0.5 text-xs font-semibold ${
        up ? "bg-green-50 text-green-800 ring-1 ring-green-200" : "bg-red-50 text-red-800 ring-1 ring-red-200"
      }`}
    >
      <span aria-hidden="true">
        {up ? "▲ +" : "▼ −"}
        {magnitude}
      </span>
      <span className="sr-only">
        {t(up ? "up" : "down", { magnitude })}
      </span>
    </span>
  );
}
