import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/server/env";
import { LEVELS, TRACKS } from "@/server/contracts/vocabulary/tracks";
import { MarketingSection } from "./marketing-section";
import { QuotaPrivacySection } from "./quota-privacy-section";
import { RubricSection } from "./rubric-section";
import { sampleFeedback } from "./sample-feedback";
import { SampleFeedbackSection } from "./sample-feedback-section";
import { ScorePreview } from "./score-preview";
import { ScoringSection } from "./scoring-section";

// The landing page is the site's canonical address; the title and social card come from the root layout.
export const metadata: Metadata = { alternates: { canonical: "/" } };

const STEPS = ["track", "answer", "score", "improve"] as const;

export default async function LandingPage() {
  // No database: the sample is computed once per process, the AI setting is read from the environment.
  const sample = sampleFeedback();
  const aiConfigured = Boolean(getEnv().OPENAI_API_KEY);
  const [t, tv] = await Promise.all([getTranslations("marketing.home"), getTranslations("vocabulary")]);
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 lg:grid-cols-2 lg:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("title")}</h1>
            <p className="mt-5 max-w-xl text-lg text-slate-700">{t("lead")}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link href="/#tracks" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-900">
                {t("chooseTrack")}
              </Link>
              <Link
                href="/#sample-feedback"
                className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50"
              >
                {t("seeCard")}
              </Link>
            </div>
            <p className="mt-4 text-sm text-slate-600">{t("audience")}</p>
          </div>
          <ScorePreview sample={sample} />
        </div>
      </section>

      <SampleFeedbackSection sample={sample} />

      <MarketingSection id="tracks" title={t("tracksTitle")}>
        <p className="mt-2 text-slate-700">{t("tracksLevels", { levels: LEVELS.map((level) => tv(`levels.${level}`)).join(", ") })}</p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {TRACKS.map((track) => (
            <li key={track}>
              {/* The whole card is the link: "Choose a track" leads here, so each card starts that track (sign-in first when needed). */}
              <Link
                href={`/practice?track=${track}`}
                className="group flex h-full flex-col rounded-xl border border-slate-200 p-6 shadow-sm hover:border-brand-600 hover:bg-brand-50"
              >
                <h3 className="text-lg font-semibold text-slate-900">{tv(`tracks.${track}`)}</h3>
                <p className="mt-2 text-slate-700">{t(`trackBlurbs.${track}`)}</p>
                <span className="mt-4 font-semibold text-brand-700 group-hover:text-brand-900">
                  {t(`trackCta.${track}`)} <span aria-hidden="true">→</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </MarketingSection>

      <MarketingSection id="how-it-works" headingId="how-heading" title={t("howTitle")} tinted>
        <ol className="mt-8 grid gap-6 md:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-semibold text-white" aria-hidden="true">
                {index + 1}
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{t(`steps.${step}.title`)}</h3>
              <p className="mt-2 text-sm text-slate-700">{t(`steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </MarketingSection>

      <RubricSection />
      <ScoringSection aiConfigured={aiConfigured} />
      <QuotaPrivacySection aiConfigured={aiConfigured} />
    </>
  );
}
