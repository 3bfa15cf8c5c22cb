import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";

const STEPS = ["Pick a track and level", "Answer 3 questions in your own words", "Get a score per skill, feedback and a sample answer"];

/** The dashboard of someone who has not finished an interview yet. */
export function FirstInterview({ href }: { href: string }) {
  return (
    <section aria-labelledby="first-heading" className="rounded-xl bg-gradient-to-b from-brand-50 to-white p-6 ring-1 ring-brand-100 sm:p-8">
      <h2 id="first-heading" className="text-xl font-bold text-slate-900">
        Start your first interview
      </h2>
      <p className="mt-2 max-w-prose text-slate-700">
        It takes about 15 minutes. Your scores and how they change over time will show up here.
      </p>
      <ol className="mt-5 space-y-2">
        {STEPS.map((step, index) => (
          <li key={step} className="flex items-center gap-3 text-sm text-slate-800">
            <span aria-hidden="true" className="flex h-6 w-6 flex-none items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white">
              {index + 1}
            </span>
            {step}
          </li>
        ))}
      </ol>
      <Link href={href} className={buttonClass("primary", { extra: "mt-6" })}>
        Start your first interview
      </Link>
    </section>
  );
}
