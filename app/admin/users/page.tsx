import Form from "next/form";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/local-time";
import { buttonClass } from "@/app/_components/button-styles";
import { formatCount } from "@/app/_components/format";
import { firstParam, hrefWith, pageParam } from "@/app/_components/search-params";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { Pagination } from "@/app/_components/admin/pagination";
import { RoleBadge } from "@/app/_components/admin/role-badge";
import { StatusBadge } from "@/app/_components/admin/status-badge";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { TextField } from "@/app/_components/text-field";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";

export const generateMetadata = adminMetadata("users");

const PAGE_SIZE = 25;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const q = firstParam(params.q)?.trim().slice(0, 200) || undefined;
  const page = pageParam(params.page);
  await requireAdmin();
  const [api, locale, t, titles] = await Promise.all([serverCaller(), getLocale(), getTranslations("admin.users"), getTranslations("admin.titles")]);
  const result = await api.admin.users({ query: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pageHref = (target: number) => hrefWith("/admin/users", { q, page: target > 1 ? target : undefined });
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <div className="space-y-6">
      <AdminPageHeader title={titles("users")} description={t("description")} />

      <Form action="/admin/users" role="search" aria-label={t("searchLabel")} className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-end sm:p-5">
        <TextField id="users-q" name="q" type="search" label={t("query")} defaultValue={q ?? ""} className="min-w-0 flex-1" autoComplete="off" />
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("search")}
          </button>
          {q ? (
            <Link href="/admin/users" className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
              {t("showEveryone")}
            </Link>
          ) : null}
        </div>
      </Form>

      <section className="space-y-4">
        <h2 id="users-results" className="text-sm font-medium text-slate-700">
          {result.users.length === 0
            ? q
              ? t("noMatch", { query: q })
              : t("emptyPage")
            : t("range", { total: result.total, from: formatCount(from, locale), to: formatCount(from + result.users.length - 1, locale) })}
        </h2>
        <DataTable
          minWidth="min-w-[40rem]"
          caption={t("caption")}
          rows={result.users}
          rowKey={(user) => user.id}
          columns={[
            {
              header: t("name"),
              rowHeader: true,
              cell: (user) => (
                <Link href={`/admin/users/${user.id}`} className="rounded text-brand-700 hover:text-brand-900 hover:underline">
                  <span data-user-content dir="auto">{user.name}</span>
                </Link>
              ),
            },
            {
              header: t("email"),
              // At least 16rem: with break-all alone the table gave the address the rest of a phone's width and it
              // broke every eight characters, eight lines high; now a long address takes two or three lines.
              className: "min-w-[16rem] break-all text-slate-800",
              cell: (user) => (
                <>
                  <span data-user-content>{user.email}</span>
                  {!user.emailVerified ? <span className="ml-2 text-xs text-slate-600">{t("unverified")}</span> : null}
                </>
              ),
            },
            { header: t("role"), cell: (user) => <RoleBadge role={user.role} /> },
            { header: t("status"), cell: (user) => <StatusBadge status={user.status} /> },
            { header: t("joined"), className: "whitespace-nowrap text-slate-700", cell: (user) => <LocalTime iso={user.createdAt} /> },
          ]}
        />
        <Pagination
          label={t("pages")}
          previous={page > 1 ? pageHref(page - 1) : null}
          next={page * PAGE_SIZE < result.total ? pageHref(page + 1) : null}
          previousLabel={t("newer")}
          nextLabel={t("older")}
        />
      </section>
    </div>
  );
}
