import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/app/_components/local-time";
import { compactJson, humanize } from "@/app/_components/admin/format";
import { firstParam, hrefWith } from "@/app/_components/search-params";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { Pagination } from "@/app/_components/admin/pagination";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { TextField } from "@/app/_components/text-field";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";
import type * as z from "zod";
import type { ZAuditResponseSchema } from "@/server/contracts/admin";
import type { TMessages } from "@/server/i18n/messages";
import { FilterActions } from "@/app/_components/vocabulary-options";
import { targetTypeName } from "@/app/_components/admin/server-words";

export const generateMetadata = adminMetadata("audit");

const PAGE_SIZE = 50;

/** What the admin pages write today; the filter takes any other action name too. */
const KNOWN_ACTIONS = [
  "answer.rescore_builtin",
  "answer.rescore_ai",
  "answer.manual_score",
  "answer.dismiss_flag",
  "question.create",
  "question.update",
  "question.activate",
  "question.deactivate",
  "question.import",
  "question.translate",
  "question.coding",
  "question.generate_drafts",
  "user.role",
  "user.suspend",
  "user.reactivate",
  "user.grant_plan",
  "ticket.reply",
  "ticket.status",
];

function targetHref(type: string, id: string | null): string | null {
  if (!id) return null;
  if (type === "user") return `/admin/users/${id}`;
  if (type === "ticket") return `/admin/support?ticket=${id}`;
  return null;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const action = firstParam(params.action)?.trim().slice(0, 100) || undefined;
  const actor = firstParam(params.actor)?.trim().slice(0, 254) || undefined;
  const beforeParam = firstParam(params.before);
  const before = beforeParam && !Number.isNaN(Date.parse(beforeParam)) ? new Date(beforeParam).toISOString() : undefined;
  await requireAdmin();
  const [api, t, titles] = await Promise.all([serverCaller(), getTranslations("admin.audit"), getTranslations("admin.titles")]);
  const { entries, nextBefore } = await api.admin.audit({ action, actorEmail: actor, before, limit: PAGE_SIZE });
  const filtered = Boolean(action || actor);

  return (
    <div className="space-y-6">
      <AdminPageHeader title={titles("audit")} description={t("description")} />

      <Form action="/admin/audit" aria-label={t("filterLabel")} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <div className="grid items-end gap-4 sm:grid-cols-2">
          <TextField id="audit-action" name="action" label={t("action")} hint={t("actionHint")} list="audit-actions" autoComplete="off" spellCheck={false} defaultValue={action ?? ""} />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
          <TextField id="audit-actor" name="actor" type="email" label={t("actor")} hint={t("actorHint")} autoComplete="off" defaultValue={actor ?? ""} />
        </div>
        <FilterActions submitLabel={t("filter")} clearHref="/admin/audit" filtered={filtered} />
      </Form>

      <section className="space-y-4">
        <h2 id="audit-results" className="text-sm font-medium text-slate-700">
          {entries.length === 0 ? (before ? t("noOlder") : filtered ? t("noMatch") : t("none")) : before ? t("older") : t("latest")}
        </h2>
        {/* No entries: the heading says so; an empty table's header row under it said nothing more. */}
        {entries.length === 0 ? null : (
        <DataTable
          minWidth="min-w-[56rem]"
          caption={t("caption")}
          rows={entries}
          rowKey={(entry) => entry.id}
          columns={[
            { header: t("when"), className: "whitespace-nowrap align-top text-slate-700", cell: (entry) => <LocalTime iso={entry.createdAt} format="dateTime" /> },
            { header: t("who"), className: "break-all align-top text-slate-900", cell: (entry) => entry.actorEmail },
            { header: t("what"), className: "align-top", cell: (entry) => <AuditWhat entry={entry} /> },
            {
              header: t("beforeAfter"),
              className: "align-top",
              cell: (entry) => (
                <>
                  <code className="block max-w-xl break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-800">{compactJson(entry.before)}</code>
                  <span aria-hidden="true" className="block px-2 text-slate-500">
                    ↓
                  </span>
                  <span className="sr-only">{t("changedTo")}</span>
                  <code className="block max-w-xl break-all rounded bg-green-50 px-2 py-1 font-mono text-xs text-slate-900">{compactJson(entry.after)}</code>
                </>
              ),
            },
          ]}
        />
        )}
        <Pagination
          label={t("pages")}
          previous={before ? hrefWith("/admin/audit", { action, actor }) : null}
          previousLabel={t("newest")}
          next={nextBefore ? hrefWith("/admin/audit", { action, actor, before: nextBefore }) : null}
          nextLabel={t("olderPage")}
        />
      </section>
    </div>
  );
}

type TAuditActions = TMessages["admin"]["audit"]["actions"];
/** "question.update": the catalog nests an action under its target type. */
type TAuditAction = { [K in keyof TAuditActions]: `${K & string}.${keyof TAuditActions[K] & string}` }[keyof TAuditActions];
type TAuditEntry = z.infer<typeof ZAuditResponseSchema>["entries"][number];

function AuditWhat({ entry }: { entry: TAuditEntry }) {
  const href = targetHref(entry.targetType, entry.targetId);
  const t = useTranslations("admin.audit.actions");
  const ta = useTranslations("admin");
  const name = /^\w+\.\w+$/.test(entry.action) && t.has(entry.action as TAuditAction) ? t(entry.action as TAuditAction) : humanize(entry.action);
  return (
    <>
      <span className="font-medium text-slate-900">{name}</span>
      <span className="block font-mono text-xs text-slate-600">{entry.action}</span>
      <span className="mt-1 block text-xs text-slate-600">
        {targetTypeName(ta, entry.targetType)}
        {entry.targetId ? (
          <>
            {" "}
            {href ? (
              <Link href={href} className="rounded font-mono text-brand-700 hover:underline">
                {entry.targetId}
              </Link>
            ) : (
              <span className="font-mono">{entry.targetId}</span>
            )}
          </>
        ) : null}
      </span>
      {entry.note ? <span data-user-content dir="auto" className="mt-1 block whitespace-pre-wrap break-words text-slate-800">“{entry.note}”</span> : null}
    </>
  );
}
