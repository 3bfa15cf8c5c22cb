import { BarList } from "../../_components/bar-list";
import { formatDuration, isoDuration } from "@/app/_components/interview-words";
import { questionSeconds, type TQuestion } from "./report-data";

/** Where the time went: each question's answering time as a bar, and the total. */
export function TimeChart({ questions, totalSeconds }: { questions: TQuestion[]; totalSeconds: number | null }) {
  const perQuestion = questions.map((question, index) => ({ index, seconds: questionSeconds(question) }));
  const longest = Math.max(0, ...perQuestion.map((entry) => entry.seconds ?? 0));
  const total = formatDuration(totalSeconds);
  return (
    <section aria-labelledby="time-heading" className="break-inside-avoid rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="time-heading" className="text-lg font-semibold text-slate-900">
          Time spent
        </h2>
        <p className="text-sm text-slate-700">
          Total:{" "}
          {total && totalSeconds !== null ? (
            <time dateTime={isoDuration(totalSeconds)} className="font-semibold text-slate-900">
              {total}
            </time>
          ) : (
            <span className="font-semibold text-slate-900">not recorded</span>
          )}
        </p>
      </div>
      <figure className="mt-5" aria-label="Time spent per question">
        <BarList
          max={longest}
          tone="slate"
          labelWidth="6.5rem"
          valueWidth="5.5rem"
          bars={perQuestion.map((entry) => ({
            key: String(entry.index),
            label: `Question ${entry.index + 1}`,
            value: entry.seconds ?? 0,
            display: formatDuration(entry.seconds) ?? "—",
            srDisplay: formatDuration(entry.seconds) ?? "not recorded",
          }))}
        />
      </figure>
    </section>
  );
}
