import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";
import { JobForm } from "../job-form";
import { JobFormPage } from "../job-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("add") };
}

export default async function NewJobPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("jobs")]);
  if (!user) redirect("/sign-in?callbackUrl=/jobs/new");
  return (
    <JobFormPage back={{ href: "/jobs", label: t("allJobs") }} title={t("add")}>
      <JobForm />
    </JobFormPage>
  );
}
