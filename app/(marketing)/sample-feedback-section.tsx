import { Markdown } from "@/app/_components/markdown/markdown";
import { FeedbackCard } from "@/app/_components/score/feedback-card";
import type { TSampleFeedback } from "./sample-feedback";

/** The whole feedback card a candidate gets, for one real answer, scored by the real analyzer. */
export function SampleFeedbackSection({ sample }: { sample: TSampleFeedback }) {
  return (
    <section id="sample-feedback" aria-labelledby="sample-feedback-heading" className="mx-auto max-w-6xl scroll-mt-16 px-4 py-16 sm:px-6">
      <h2 id="sample-feedback-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        What you get after every answer
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        This is a real feedback card. The answer below was scored by the same built-in analyzer that scores yours, against the{" "}
        {sample.trackName.toLowerCase()} rubric; nothing on the card was written by hand.
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-5">
        <div className="lg:sticky lg:top-20 lg:col-span-2 lg:self-start">
          <p className="text-sm font-medium text-slate-600">
            {sample.trackName} · {sample.levelName} · from the question bank
          </p>
          <p className="mt-2 text-lg font-semibold text-slate-900">
            <q>{sample.question.text}</q>
          </p>
          <figure className="mt-4 rounded-xl bg-slate-50 p-5 ring-1 ring-slate-200">
            <figcaption className="text-sm font-semibold text-slate-900">A candidate’s answer</figcaption>
            <blockquote className="mt-2 whitespace-pre-line text-sm text-slate-800">{sample.answer}</blockquote>
          </figure>
        </div>
        <div className="lg:col-span-3">
          <FeedbackCard score={sample.score} title="Feedback on this answer" markdown={Markdown} />
        </div>
      </div>
    </section>
  );
}
