import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/_components/back-link";
import { buttonClass } from "@/app/_components/button-styles";
import { serverCaller } from "@/app/_trpc/server";
import { LabelledSection } from "@/app/_components/labelled-section";
import { LocalTime } from "@/app/_components/local-time";
import { loadOwnJob } from "../load-job";
import { DeleteJobButton } from "./delete-job-button";
import { PractiseButton } from "./practise-button";
import { RequirementsEditor } from "./requirements-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.page"))("title") };
}

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [job, t, tj, tv] = await Promise.all([loadOwnJob(id, `/jobs/${id}`), getTranslations("jobs.page"), getTranslations("jobs"), getTranslations("vocabulary")]);
  const { interviews, completedCounted, requirements: progress } = await (await serverCaller()).jobTargets.interviews({ id: job.id });

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 lg:py-12">
      <BackLink href="/jobs">{tj("allJobs")}</BackLink>
      <header className="mt-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 data-user-content dir="auto" className="text-3xl font-bold tracking-tight text-slate-900">
            {job.title}
          </h1>
          <p className="mt-1 text-slate-700">
            {job.company ? (
              <>
                <span data-user-content dir="auto">
                  {job.company}
                </span>
                {" · "}
              </>
            ) : null}
            {tv(`levels.${job.level}`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/jobs/${job.id}/edit`} className={buttonClass("secondary", { size: "sm" })}>
            {t("edit")}
          </Link>
          <DeleteJobButton id={job.id} title={job.title} />
        </div>
      </header>

      <LabelledSection id="practise" title={t("practiseHeading")} lead={t("practiseLead")} className="mt-8 rounded-xl border border-brand-100 bg-brand-50 p-5">
        <PractiseButton id={job.id} disabled={job.requirements.length === 0} />
      </LabelledSection>

      <LabelledSection id="requirements" title={t("requirements")} size="major" lead={t("requirementsLead")} className="mt-8">
        <RequirementsEditor jobId={job.id} requirements={job.requirements} progress={completedCounted > 0 ? { completed: completedCounted, requirements: progress } : null} />
      </LabelledSection>

      <LabelledSection id="interviews" title={t("interviews")} size="major" className="mt-10">
        {interviews.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {interviews.map((interview) => (
              <li key={interview.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  <LocalTime iso={interview.startedAt} format="dateTime" /> · {tv(`statuses.${interview.status}`)}
                  {interview.overallScore !== null ? ` · ${interview.overallScore}/100` : ""}
                </span>
                <Link
                  href={interview.status === "completed" ? `/interviews/${interview.id}/report` : `/practice/${interview.id}`}
                  className="rounded font-medium text-brand-700 hover:text-brand-900 hover:underline"
                >
                  {interview.status === "completed" ? t("report") : t("continue")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
    </div>
  );
}
