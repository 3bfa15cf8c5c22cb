import Link from "next/link";
import { PLANS } from "@/server/contracts/vocabulary/plans";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

/** The free plan's limits (from the plan table) and what happens to a candidate's data. */
export function QuotaPrivacySection({ aiConfigured }: { aiConfigured: boolean }) {
  const free = PLANS.free;
  const interviews = free.interviewsPerWindow === null ? "Unlimited interviews" : `${free.interviewsPerWindow} interviews`;
  return (
    <section aria-label="Free plan and privacy" className="mx-auto grid max-w-6xl gap-8 px-4 py-16 sm:px-6 lg:grid-cols-2">
      <div id="free-plan" className="scroll-mt-16 rounded-2xl border border-slate-200 p-6 sm:p-8">
        <h2 className="text-2xl font-bold text-slate-900">Free to start</h2>
        <p className="mt-3 text-lg font-semibold text-slate-900">
          {interviews} every {free.windowDays} days, on the {free.name} plan.
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
          <li>
            Starting an interview uses one; it frees up again {free.windowDays} days after you started it. An interview you abandon before
            answering anything is given back.
          </li>
          <li>Answering, retrying an answer and reading feedback never cost anything.</li>
          <li>Your dashboard and the practice page show how many are left and when the next one frees up.</li>
        </ul>
        <div className="mt-6 flex flex-wrap items-center gap-x-5 gap-y-3">
          <Link href="/sign-up" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-900">
            Create a free account
          </Link>
          <p className="text-sm text-slate-700">
            Need more? <Link href="/pricing" className={linkClass}>See the plans</Link>.
          </p>
        </div>
      </div>
      <div id="privacy" className="scroll-mt-16 rounded-2xl border border-slate-200 p-6 sm:p-8">
        <h2 className="text-2xl font-bold text-slate-900">Your answers stay yours</h2>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
          <li>
            We store your account (email, name, settings), your interviews, answers and scores: what your history, reports and progress are
            made of.
          </li>
          <li>
            Only you see your answers. Our team opens one when its score is flagged for review, when you dispute it, or when you ask us about
            it.
          </li>
          <li>
            {aiConfigured
              ? "Answers are sent to this site’s AI model provider to be scored, and for nothing else."
              : "Answers are scored on this site’s own servers; none is sent to an AI provider."}{" "}
            Rehearse does not train any model on your answers.
          </li>
          <li>
            Settings has “Export my data” (everything we hold about you, as JSON) and “Delete my account”, which removes your account,
            interviews and answers for good.
          </li>
        </ul>
      </div>
    </section>
  );
}
