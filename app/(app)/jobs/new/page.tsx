import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { BackLink } from "@/app/_components/back-link";
import { getCurrentUser } from "@/app/_components/current-user";
import { JobForm } from "../job-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("add") };
}

export default async function NewJobPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("jobs")]);
  if (!user) redirect("/sign-in?callbackUrl=/jobs/new");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <BackLink href="/jobs">{t("allJobs")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{t("add")}</h1>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <JobForm />
      </div>
    </div>
  );
}
