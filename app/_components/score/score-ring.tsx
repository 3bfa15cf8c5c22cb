import { useTranslations } from "next-intl";

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const SIZES = {
  lg: { box: "h-40 w-40 sm:h-44 sm:w-44", number: "text-5xl", suffix: "text-base" },
  md: { box: "h-28 w-28", number: "text-4xl", suffix: "text-xs" },
  sm: { box: "h-24 w-24", number: "text-3xl", suffix: "text-xs" },
} as const;

interface ScoreRingProps {
  /** 0–100. */
  score: number;
  /** The pass mark, drawn as a tick on the ring. */
  threshold?: number;
  /** Colours the ring: green passed, amber not passed, brand when there is no verdict. */
  passed?: boolean | null;
  size?: keyof typeof SIZES;
  /** What the score is, read first by screen readers (translated): "Overall score" (default), "Score". */
  label?: string;
}

/** A score as a ring filled to it (with the pass mark as a tick when given); one image for screen readers. */
export function ScoreRing({ score, threshold, passed, size = "lg", label }: ScoreRingProps) {
  const t = useTranslations("components.score");
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const arc = (value / 100) * CIRCUMFERENCE;
  const tone = passed === false ? "text-amber-500" : passed === true ? "text-green-600" : "text-brand-600";
  const tickAngle = threshold === undefined ? null : ((threshold / 100) * 360 - 90) * (Math.PI / 180);
  const sizing = SIZES[size];
  return (
    <div
      role="img"
      aria-label={t("ringLabel", { label: label ?? t("overall"), value, threshold: threshold ?? 0, pass: threshold === undefined ? "no" : "yes" })}
      className={`relative flex-none ${sizing.box} [print-color-adjust:exact]`}
    >
      <svg viewBox="0 0 120 120" className="h-full w-full" aria-hidden="true">
        <circle cx="60" cy="60" r={RADIUS} fill="none" strokeWidth="10" className="stroke-slate-200" />
        <circle
          cx="60"
          cy="60"
          r={RADIUS}
          fill="none"
          strokeWidth="10"
          strokeLinecap={value > 0 && value < 100 ? "round" : "butt"}
          stroke="currentColor"
          strokeDasharray={`${arc} ${CIRCUMFERENCE}`}
          transform="rotate(-90 60 60)"
          className={tone}
        />
        {tickAngle === null ? null : (
          <line
            x1={60 + (RADIUS - 9) * Math.cos(tickAngle)}
            y1={60 + (RADIUS - 9) * Math.sin(tickAngle)}
            x2={60 + (RADIUS + 9) * Math.cos(tickAngle)}
            y2={60 + (RADIUS + 9) * Math.sin(tickAngle)}
            strokeWidth="3"
            className="stroke-slate-800"
          />
        )}
      </svg>
      <div className="absolute inset-0 flex flex-col items-center justify-center" aria-hidden="true">
        <span className={`font-bold leading-none tracking-tight text-slate-900 ${sizing.number}`}>{value}</span>
        <span className={`mt-1 font-medium text-slate-600 ${sizing.suffix}`}>/100</span>
      </div>
    </div>
  );
}
