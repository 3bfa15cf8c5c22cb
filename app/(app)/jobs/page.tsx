import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { buttonClass } from "@/app/_components/button-styles";
import { getCurrentUser } from "@/app/_components/current-user";
import { PageHeader } from "@/app/_components/page-header";
import { serverCaller } from "@/app/_trpc/server";
import { LocalTime } from "@/app/_components/local-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("title") };
}

export default async function JobsPage() {
  const [user, t, tv] = await Promise.all([getCurrentUser(), getTranslations("jobs"), getTranslations("vocabulary")]);
  if (!user) redirect("/sign-in?callbackUrl=/jobs");
  const { jobTargets } = await (await serverCaller()).jobTargets.list();

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader title={t("heading")} lead={t("lead")} primaryLink={{ href: "/jobs/new", label: t("add") }} />

      {jobTargets.length === 0 ? (
        <div className="mt-10 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold text-slate-900">{t("emptyTitle")}</h2>
          <p className="mx-auto mt-2 max-w-md text-slate-700">{t("emptyText")}</p>
          <Link href="/jobs/new" className={buttonClass("primary", { extra: "mt-5" })}>
            {t("addFirst")}
          </Link>
        </div>
      ) : (
        <ul className="mt-8 space-y-3" aria-label={t("yourJobs")}>
          {jobTargets.map((job) => (
            <li key={job.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold text-slate-900">
                  <Link href={`/jobs/${job.id}`} data-user-content dir="auto" className="rounded hover:text-brand-700 hover:underline">
                    {job.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">
                  {t.rich("updated", { time: () => <LocalTime iso={job.updatedAt} format="date" /> })}
                </p>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {[job.company, tv(`levels.${job.level}`), t("requirements", { count: job.requirementCount }), tv("interviewCount", { count: job.interviewCount })]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
