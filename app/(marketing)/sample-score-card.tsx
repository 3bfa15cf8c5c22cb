const DIMENSIONS = [
  { label: "Situation & task", score: 8 },
  { label: "Action", score: 9 },
  { label: "Result", score: 7 },
  { label: "Reflection", score: 6 },
  { label: "Communication", score: 8 },
];

/** A static example of the feedback card, so visitors see what they get before signing up. */
export function SampleScoreCard() {
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-6 shadow-lg" aria-labelledby="sample-caption">
      <div className="flex items-baseline justify-between">
        <p className="text-sm font-medium text-slate-600">Behavioral · Mid-level</p>
        <p className="text-3xl font-bold text-slate-900">
          76<span className="text-base font-medium text-slate-500">/100</span>
        </p>
      </div>
      <p className="mt-2 font-medium text-slate-800">“Tell me about a time you disagreed with a teammate.”</p>
      <dl className="mt-5 space-y-3">
        {DIMENSIONS.map((dimension) => (
          // dt and dd are the group's only children (axe: definition-list, dlitem); the bar lives in the dd, drawn under the row.
          <div key={dimension.label} className="relative flex justify-between pb-3 text-sm">
            <dt className="text-slate-700">{dimension.label}</dt>
            <dd className="font-semibold text-slate-900">
              {dimension.score}/10
              <span className="absolute inset-x-0 bottom-0 block h-2 rounded-full bg-slate-100" aria-hidden="true">
                <span className="block h-2 rounded-full bg-brand-600" style={{ width: `${dimension.score * 10}%` }} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-5 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
        <strong>Next step:</strong> say what you would do differently next time, and the result in numbers.
      </p>
      <figcaption id="sample-caption" className="mt-3 text-xs text-slate-500">
        Example feedback card · scored by the built-in analyzer
      </figcaption>
    </figure>
  );
}
