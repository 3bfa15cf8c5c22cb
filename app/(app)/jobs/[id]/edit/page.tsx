import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/_components/back-link";
import { JobForm } from "../../job-form";
import { loadOwnJob } from "../../load-job";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("editTitle") };
}

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [job, t] = await Promise.all([loadOwnJob(id, `/jobs/${id}/edit`), getTranslations("jobs")]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <BackLink href={`/jobs/${job.id}`}>{t("backToJob")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{t("editHeading", { title: job.title })}</h1>
      <p className="mt-2 text-slate-700">{t("editLead")}</p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <JobForm jobTarget={{ ...job, company: job.company ?? undefined, cv: job.cv ?? undefined }} />
      </div>
    </div>
  );
}
