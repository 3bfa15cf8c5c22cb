import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LocalTime } from "@/app/_components/local-time";
import { isUuid } from "@/app/_components/admin/format";
import { planNameWith } from "@/app/_components/plan-name";
import { formatCount } from "@/app/_components/format";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { GrantPlanForm } from "@/app/_components/admin/grant-plan-form";
import { RoleBadge } from "@/app/_components/admin/role-badge";
import { StatusBadge } from "@/app/_components/admin/status-badge";
import type { TAdminUserDetail } from "@/app/_components/admin/types";
import { UserRoleForm } from "@/app/_components/admin/user-role-form";
import { UserStatusForm } from "@/app/_components/admin/user-status-form";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";

export const generateMetadata = adminMetadata("user");

async function loadUser(id: string): Promise<TAdminUserDetail> {
  if (!isUuid(id)) notFound();
  await requireAdmin();
  const api = await serverCaller();
  try {
    return await api.admin.user({ id });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const detail = await loadUser((await params).id);
  const { user, interviews, flaggedAnswers } = detail;
  const [locale, t, tv, tc] = await Promise.all([getLocale(), getTranslations("admin.user"), getTranslations("vocabulary"), getTranslations("common")]);
  const plan = planNameWith(tc, detail.plan);

  return (
    <div className="space-y-8">
      <div>
        <Link href="/admin/users" className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          <span aria-hidden="true">←</span> {t("back")}
        </Link>
        <h1 data-user-content dir="auto" className="mt-2 break-words text-3xl font-bold tracking-tight text-slate-900">{user.name}</h1>
        <p data-user-content className="mt-1 break-all text-slate-700">{user.email}</p>
      </div>

      <dl className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-4">
        <Fact label={t("plan")}>{plan}</Fact>
        <Fact label={t("role")}>
          <RoleBadge role={user.role} />
        </Fact>
        <Fact label={t("status")}>
          <StatusBadge status={user.status} />
        </Fact>
        <Fact label={t("flaggedAnswers")}>
          {formatCount(flaggedAnswers, locale)}
          {flaggedAnswers > 0 ? (
            <Link href="/admin/flagged" className="ml-2 rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
              {t("review")}
            </Link>
          ) : null}
        </Fact>
        <Fact label={t("joined")}>
          <LocalTime iso={user.createdAt} />
        </Fact>
        <Fact label={t("email")}>{user.emailVerified ? t("verified") : t("notVerified")}</Fact>
        <Fact label={t("signIn")}>{user.hasPassword ? t("password") : t("socialOnly")}</Fact>
        <Fact label={t("recentInterviews")}>{formatCount(interviews.length, locale)}</Fact>
      </dl>

      <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="user-interviews" className="text-lg font-semibold text-slate-900">
          {t("interviews")} <span className="text-sm font-normal text-slate-600">{t("latest")}</span>
        </h2>
        <DataTable
          className="mt-3"
          variant="plain"
          minWidth="min-w-[32rem]"
          caption={t("interviews")}
          empty={t("noInterviews")}
          rows={interviews}
          rowKey={(interview) => interview.id}
          columns={[
            { header: t("started"), className: "whitespace-nowrap", cell: (interview) => <LocalTime iso={interview.startedAt} format="dateTime" /> },
            { header: t("trackLevel"), cell: (interview) => `${tv(`tracks.${interview.track}`)} · ${tv(`levels.${interview.level}`)}` },
            { header: t("status"), cell: (interview) => tv(`statuses.${interview.status}`) },
            { header: t("score"), className: "text-right tabular-nums", cell: (interview) => (interview.overallScore === null ? "—" : t("outOf100", { score: formatCount(interview.overallScore, locale) })) },
          ]}
        />
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <Panel id="user-role-heading" title={t("role")}>
          <UserRoleForm userId={user.id} role={user.role} />
        </Panel>
        <Panel id="user-status-heading" title={user.status === "active" ? t("suspend") : t("reactivate")} tone={user.status === "active" ? "danger" : "default"}>
          <UserStatusForm userId={user.id} status={user.status} />
        </Panel>
        <Panel id="user-grant-heading" title={t("grantPlan")}>
          <GrantPlanForm userId={detail.user.id} />
        </Panel>
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

function Panel({ id, title, tone = "default", children }: { id: string; title: string; tone?: "default" | "danger"; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`rounded-xl bg-white p-5 shadow-sm ring-1 sm:p-6 ${tone === "danger" ? "ring-red-200" : "ring-slate-200"}`}>
      <h2 id={id} className={`text-lg font-semibold ${tone === "danger" ? "text-red-800" : "text-slate-900"}`}>
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
