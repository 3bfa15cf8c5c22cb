import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { TRACK_NAMES, TRACKS } from "@/server/contracts/vocabulary/tracks";

/** Each track's rubric as the scorer uses it: the skills, what each means, and its scale. */
export function RubricSection() {
  return (
    <section id="rubric" aria-labelledby="rubric-heading" className="mx-auto max-w-6xl scroll-mt-16 px-4 py-16 sm:px-6">
      <h2 id="rubric-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        The rubric: what each answer is scored on
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        Every track has its own skills. An answer earns points on each, and the total is their sum scaled to 100. These are the rubrics
        the scorer uses, word for word.
      </p>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {TRACKS.map((track) => {
          const rubric = getRubric(track);
          return (
            <div key={track} className="rounded-xl border border-slate-200 p-6">
              <h3 className="text-lg font-semibold text-slate-900">{TRACK_NAMES[track]}</h3>
              <ul className="mt-3 space-y-2 text-sm">
                {rubric.dimensions.map((dimension) => (
                  <li key={dimension.key}>
                    <span className="font-semibold text-slate-900">{dimension.label}</span>
                    <span className="text-slate-600"> ({dimension.max} points)</span>
                    <span className="text-slate-700"> — {dimension.description}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
