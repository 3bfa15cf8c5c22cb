import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/server/env";
import { LEVEL_NAMES, LEVELS, TRACK_NAMES, TRACKS, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { QuotaPrivacySection } from "./quota-privacy-section";
import { RubricSection } from "./rubric-section";
import { sampleFeedback } from "./sample-feedback";
import { SampleFeedbackSection } from "./sample-feedback-section";
import { ScorePreview } from "./score-preview";
import { ScoringSection } from "./scoring-section";

// The landing page is the site's canonical address; the title and social card come from the root layout.
export const metadata: Metadata = { alternates: { canonical: "/" } };

const TRACK_BLURBS: Record<TTrack, string> = {
  product_management: "Product design, metrics, prioritization and strategy questions, scored on structure, metrics and user empathy.",
  software_engineering: "System design, databases, reliability and trade-offs, scored on correctness, depth and practical experience.",
  behavioral: "Conflict, failure, leadership and influence stories, scored on situation, action, result and reflection.",
  coding: "Algorithm problems where you explain the approach, write the code and state the complexity and edge cases.",
};

const STEPS = [
  { title: "Pick a track and level", body: "Intern to senior, in product, engineering, behavioral or coding interviews." },
  { title: "Answer in your own words", body: "One question at a time, with a timer. Your draft saves itself, so nothing you type is lost." },
  { title: "Get a score you can trust", body: "A rubric score per skill with the quotes it rests on, what to improve, a sample answer and the interviewer's follow-up." },
  { title: "Watch yourself improve", body: "Trends per skill, your weakest areas, and questions chosen to practise them." },
];

export default function LandingPage() {
  // No database: the sample is computed once per process, the AI setting is read from the environment.
  const sample = sampleFeedback();
  const aiConfigured = Boolean(getEnv().OPENAI_API_KEY);
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 lg:grid-cols-2 lg:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Interview practice</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
              Rehearse the interview before the interview.
            </h1>
            <p className="mt-5 max-w-xl text-lg text-slate-700">
              Answer real questions for product managers, software engineers and everyone facing a behavioral or coding round.
              Get a rubric score with the evidence behind it, concrete feedback, a sample answer and the follow-up an
              interviewer would ask next.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href="/#tracks"
                className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-900"
              >
                Choose a track
              </Link>
              <Link
                href="/#sample-feedback"
                className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50"
              >
                See a real feedback card
              </Link>
            </div>
            <p className="mt-4 text-sm text-slate-600">For students, career changers and experienced hires, from intern to senior.</p>
          </div>
          <ScorePreview sample={sample} />
        </div>
      </section>

      <SampleFeedbackSection sample={sample} />

      <section id="tracks" aria-labelledby="tracks-heading" className="mx-auto max-w-6xl scroll-mt-16 px-4 py-16 sm:px-6">
        <h2 id="tracks-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Four tracks, four levels
        </h2>
        <p className="mt-2 text-slate-700">
          Every question is written for a level: {LEVELS.map((level) => LEVEL_NAMES[level]).join(", ")}.
        </p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {TRACKS.map((track) => (
            <li key={track}>
              {/* The whole card is the link: "Choose a track" leads here, so each card starts that track (sign-in first when needed). */}
              <Link
                href={`/practice?track=${track}`}
                className="group flex h-full flex-col rounded-xl border border-slate-200 p-6 shadow-sm hover:border-brand-600 hover:bg-brand-50"
              >
                <h3 className="text-lg font-semibold text-slate-900">{TRACK_NAMES[track]}</h3>
                <p className="mt-2 text-slate-700">{TRACK_BLURBS[track]}</p>
                <span className="mt-4 font-semibold text-brand-700 group-hover:text-brand-900">
                  Practise {TRACK_NAMES[track].toLowerCase()} <span aria-hidden="true">→</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section id="how-it-works" aria-labelledby="how-heading" className="scroll-mt-16 bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="how-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
            How it works
          </h2>
          <ol className="mt-8 grid gap-6 md:grid-cols-4">
            {STEPS.map((step, index) => (
              <li key={step.title} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
                <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-semibold text-white" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 className="mt-4 font-semibold text-slate-900">{step.title}</h3>
                <p className="mt-2 text-sm text-slate-700">{step.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <RubricSection />
      <ScoringSection aiConfigured={aiConfigured} />
      <QuotaPrivacySection aiConfigured={aiConfigured} />
    </>
  );
}
