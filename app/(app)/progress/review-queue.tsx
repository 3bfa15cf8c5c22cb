import Link from "next/link";
import { ScoreDelta } from "@/app/_components/score/score-delta";
import type { TReviewItem, TReviewQueue } from "@/server/analytics/review-queue";
import { LEVEL_NAMES, TRACK_NAMES } from "@/server/contracts/vocabulary/tracks";
import { formatDay } from "@/app/_components/format";

function Improvements({ item }: { item: TReviewItem }) {
  if (item.changes.length === 0) {
    return <p className="mt-3 text-sm text-slate-600">One attempt so far: your next try shows what improved, skill by skill.</p>;
  }
  const improved = item.changes.filter((change) => change.delta > 0);
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-800">
        {improved.length > 0
          ? `Since your previous attempt: better ${improved.map((change) => change.label.toLowerCase()).join(", ")}.`
          : "No skill went up since your previous attempt: read its feedback before you retry."}
      </p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="Change per skill since your previous attempt">
        {item.changes.map((change) => (
          <li key={change.key} className="inline-flex items-center gap-1.5 rounded-lg bg-slate-50 px-2 py-1 text-xs text-slate-700 ring-1 ring-slate-200">
            {change.label}
            <ScoreDelta change={change.delta} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReviewCard({ item }: { item: TReviewItem }) {
  return (
    <li className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {TRACK_NAMES[item.track]} · {LEVEL_NAMES[item.level]}
      </p>
      <h3 className="mt-1 font-medium text-slate-900">{item.text}</h3>
      <p className="mt-2 text-sm text-slate-700">
        Last score <span className="font-semibold text-slate-900">{item.lastScore}</span>
        {item.previousScore !== null ? ` (was ${item.previousScore})` : ""} · {item.attempts} {item.attempts === 1 ? "attempt" : "attempts"} · due{" "}
        {item.due ? "since" : "on"} {formatDay(item.dueOn)}
      </p>
      <Improvements item={item} />
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        <Link
          href={`/practice?track=${item.track}&level=${item.level}&count=1&questions=${item.questionId}&autostart=1`}
          className="inline-block rounded text-sm font-semibold text-brand-700 hover:text-brand-900 hover:underline"
        >
          Try it again now<span className="sr-only">: {item.text}</span>
        </Link>
        <Link href={`/interviews/${item.interviewId}/report`} className="inline-block rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          Read the feedback on your last attempt<span className="sr-only">: {item.text}</span>
        </Link>
      </div>
    </li>
  );
}

/** Weak answers coming back on a 1, 3, 7, 14-day schedule: what is due now, and what comes next. */
export function ReviewQueue({ queue }: { queue: TReviewQueue }) {
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className="text-xl font-bold text-slate-900">
        Review queue
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Questions you scored under 60 come back after 1, 3, 7 and 14 days, until you clear 60.
      </p>
      {queue.due.length === 0 ? (
        <p className="mt-4 rounded-xl bg-slate-50 p-5 text-slate-700 ring-1 ring-slate-200">
          Nothing is due. {queue.upcoming.length === 0 ? "Questions you score under 60 will come back here." : null}
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 lg:grid-cols-2">
          {queue.due.map((item) => (
            <ReviewCard key={item.questionId} item={item} />
          ))}
        </ul>
      )}
      {queue.upcoming.length > 0 ? (
        <div className="mt-6">
          <h3 className="font-semibold text-slate-900">Coming up</h3>
          <ul className="mt-2 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
            {queue.upcoming.map((item) => (
              <li key={item.questionId} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <span className="min-w-0 text-slate-800">{item.text}</span>
                <span className="text-slate-600 sm:shrink-0">
                  Last score {item.lastScore} · back on {formatDay(item.dueOn)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
