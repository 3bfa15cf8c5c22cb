import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobForm } from "../../job-form";
import { JobFormPage } from "../../job-form-page";
import { loadOwnJob } from "../../load-job";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("editTitle") };
}

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [job, t] = await Promise.all([loadOwnJob(id, `/jobs/${id}/edit`), getTranslations("jobs")]);
  return (
    <JobFormPage back={{ href: `/jobs/${job.id}`, label: t("backToJob") }} title={t("editHeading", { title: job.title })} lead={t("editLead")}>
      <JobForm jobTarget={{ ...job, company: job.company ?? undefined, cv: job.cv ?? undefined }} />
    </JobFormPage>
  );
}
