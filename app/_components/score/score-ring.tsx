const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The total as a large number inside a ring that fills to the score; the ring is decoration. */
export function ScoreRing({ total }: { total: number }) {
  const clamped = Math.max(0, Math.min(100, total));
  return (
    <div className="relative h-28 w-28 flex-none">
      <svg aria-hidden="true" viewBox="0 0 100 100" className="h-full w-full -rotate-90">
        <circle cx="50" cy="50" r={RADIUS} fill="none" strokeWidth="10" className="stroke-slate-100" />
        <circle
          cx="50"
          cy="50"
          r={RADIUS}
          fill="none"
          strokeWidth="10"
          strokeLinecap="round"
          className="stroke-brand-600"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - clamped / 100)}
        />
      </svg>
      <p className="absolute inset-0 flex flex-col items-center justify-center">
        <span className="text-4xl font-bold leading-none text-slate-900">{total}</span>
        <span className="mt-1 text-xs font-medium text-slate-600">
          <span className="sr-only">out of </span>
          <span aria-hidden="true">/ </span>100
        </span>
      </p>
    </div>
  );
}
