import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { buttonClass } from "@/app/_components/button-styles";
import { formatCount } from "@/app/_components/format";
import { firstParam, hrefWith, pageParam } from "@/app/_components/search-params";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { Pagination } from "@/app/_components/admin/pagination";
import { RoleBadge } from "@/app/_components/admin/role-badge";
import { StatusBadge } from "@/app/_components/admin/status-badge";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { TextField } from "@/app/_components/text-field";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 25;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const q = firstParam(params.q)?.trim().slice(0, 200) || undefined;
  const page = pageParam(params.page);
  await requireAdmin();
  const api = await serverCaller();
  const result = await api.admin.users({ query: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pageHref = (target: number) => hrefWith("/admin/users", { q, page: target > 1 ? target : undefined });
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Users" description="Everyone with an account, newest first. Open one to change their role, suspend them or see their interviews." />

      <Form action="/admin/users" role="search" aria-label="Search users" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-end sm:p-5">
        <TextField id="users-q" name="q" type="search" label="Email or name" defaultValue={q ?? ""} className="min-w-0 flex-1" autoComplete="off" />
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Search
          </button>
          {q ? (
            <Link href="/admin/users" className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
              Show everyone
            </Link>
          ) : null}
        </div>
      </Form>

      <section className="space-y-4">
        <h2 id="users-results" className="text-sm font-medium text-slate-700">
          {result.users.length === 0
            ? q
              ? `No users match “${q}”.`
              : "No users on this page."
            : result.total === 1
              ? "1 user"
              : `${formatCount(from)}–${formatCount(from + result.users.length - 1)} of ${formatCount(result.total)} users`}
        </h2>
        <DataTable
          minWidth="min-w-[40rem]"
          caption="Users"
          rows={result.users}
          rowKey={(user) => user.id}
          columns={[
            {
              header: "Name",
              rowHeader: true,
              cell: (user) => (
                <Link href={`/admin/users/${user.id}`} className="rounded text-brand-700 hover:text-brand-900 hover:underline">
                  <span dir="auto">{user.name}</span>
                </Link>
              ),
            },
            {
              header: "Email",
              className: "break-all text-slate-800",
              cell: (user) => (
                <>
                  {user.email}
                  {!user.emailVerified ? <span className="ml-2 text-xs text-slate-600">(unverified)</span> : null}
                </>
              ),
            },
            { header: "Role", cell: (user) => <RoleBadge role={user.role} /> },
            { header: "Status", cell: (user) => <StatusBadge status={user.status} /> },
            { header: "Joined", className: "whitespace-nowrap text-slate-700", cell: (user) => <LocalTime iso={user.createdAt} /> },
          ]}
        />
        <Pagination
          label="Pages of users"
          previous={page > 1 ? pageHref(page - 1) : null}
          next={page * PAGE_SIZE < result.total ? pageHref(page + 1) : null}
          previousLabel="Newer"
          nextLabel="Older"
        />
      </section>
    </div>
  );
}
