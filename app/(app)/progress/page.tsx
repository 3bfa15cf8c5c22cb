import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/button-styles";
import { requireUser } from "@/app/_components/current-user";
import { LabelledSection } from "@/app/_components/labelled-section";
import { PageHeader } from "@/app/_components/page-header";
import { TEXT_LINK_CLASS } from "@/app/_components/rich-link";
import { serverCaller } from "@/app/_trpc/server";
import { firstParam } from "@/app/_components/search-params";
import { ZTrackSchema } from "@/server/contracts/vocabulary/tracks";
import { BenchmarkCard } from "./benchmark-card";
import { DeliveryOverTime } from "./delivery-over-time";
import { ExportButtons } from "./export-buttons";
import { JobSelect } from "./job-select";
import { practiceHref } from "./format";
import { ReviewQueue } from "./review-queue";
import { ScoreOverTime } from "./score-over-time";
import { SkillCard } from "./skill-card";
import { SkillGaps } from "./skill-gaps";
import { StatsTiles } from "./stats-tiles";
import { TrackTabs } from "./track-tabs";
import { MIN_TREND_ANSWERS, MIN_TREND_DAYS, TREND_WINDOW } from "@/server/contracts/vocabulary/progress";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("progress.title");

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProgressPage({ searchParams }: { searchParams: TSearchParams }) {
  const [, t, tv] = await Promise.all([requireUser("/progress"), getTranslations("progress"), getTranslations("vocabulary")]);
  const params = await searchParams;
  // A bad ?track= falls back to the default rather than an error page; so does a ?job= that is not one of yours.
  const track = ZTrackSchema.safeParse(params.track).data;

  const api = await serverCaller();
  const { jobTargets } = await api.jobTargets.list();
  const job = jobTargets.find((entry) => entry.id === firstParam(params.job));
  const jobTargetId = job?.id;
  const [stats, progress, queue] = await Promise.all([api.progress.stats({ jobTargetId }), api.progress.get({ track, jobTargetId }), api.progress.reviewQueue()]);
  const practised = progress.tracks.length > 0;
  const jobEmpty = job !== undefined && stats.completedInterviews === 0;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader title={t("heading")} lead={t("lead")} action={practised ? <ExportButtons /> : null} />
      {jobTargets.length > 0 ? (
        <div className="mt-6">
          <JobSelect jobs={jobTargets} current={jobTargetId} />
        </div>
      ) : null}

      <div className="mt-8 space-y-10">
        <StatsTiles stats={stats} />

        {jobEmpty ? (
          <section aria-labelledby="job-empty-heading" className="rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100">
            <h2 id="job-empty-heading" className="text-lg font-semibold text-slate-900">
              {t("jobEmptyTitle", { job: job.title })}
            </h2>
            <p className="mt-2 max-w-2xl text-slate-700">
              {t("jobEmptyText")}
            </p>
            <Link href={`/jobs/${job.id}`} className={`${buttonClass("primary")} mt-4`}>
              {t("jobPractise")}
            </Link>
          </section>
        ) : null}

        {practised || jobEmpty ? null : (
          <section className="rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100">
            <h2 className="text-lg font-semibold text-slate-900">{t("emptyTitle")}</h2>
            <p className="mt-2 max-w-2xl text-slate-700">{t("emptyText")}</p>
            <Link href="/practice" className={`${buttonClass("primary")} mt-4`}>
              {t("startPractising")}
            </Link>
          </section>
        )}

        <div className="space-y-6">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
              {tv(`tracks.${progress.track}`)} · {tv(`levels.${progress.level}`)}
            </p>
            <TrackTabs tracks={progress.tracks.map((entry) => entry.track)} current={progress.track} job={jobTargetId} />
          </div>
          <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
            <ScoreOverTime track={progress.track} series={progress.series} />
            <BenchmarkCard track={progress.track} benchmark={progress.benchmark} />
          </div>

          <LabelledSection
            id="skills"
            title={t("skills")}
            size="major"
            lead={`${t("skillsLead")} ${t("trendRule", { answers: MIN_TREND_ANSWERS, days: MIN_TREND_DAYS, window: TREND_WINDOW })}`}
          >
            {progress.skills.length > 0 ? (
              <ul className="mt-4 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
                {progress.skills.map((skill) => (
                  <SkillCard key={skill.key} skill={skill} />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-slate-700">
                {t("noSkills", { track: tv(`tracks.${progress.track}`) })}{" "}
                <Link href={practiceHref({ track: progress.track, level: progress.level, tags: [] })} className={TEXT_LINK_CLASS}>
                  {t("start3")}
                </Link>
                .
              </p>
            )}
          </LabelledSection>

          <SkillGaps gaps={progress.gaps} track={progress.track} level={progress.level} />

          <DeliveryOverTime track={progress.track} />
        </div>

        <ReviewQueue queue={queue} />
      </div>
    </div>
  );
}
