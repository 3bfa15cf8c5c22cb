import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/button-styles";
import { requireUser } from "@/app/_components/current-user";
import { PageHeader } from "@/app/_components/page-header";
import { serverCaller } from "@/app/_trpc/server";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { FilterForm } from "./filter-form";
import { HistoryAnnouncer } from "./history-announcer";
import { hasFilters, historyHref, newerHref, olderHref, PAGE_SIZE, parseHistoryQuery, type THistoryQuery } from "./history-query";
import { HistoryRow } from "./history-row";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("history.title");

type TPage = { ok: true; interviews: TInterviewSummary[]; nextCursor: string | null } | { ok: false };

async function loadPage(query: THistoryQuery): Promise<TPage> {
  const api = await serverCaller();
  try {
    const { interviews, nextCursor } = await api.interviews.list({
      track: query.track,
      level: query.level,
      status: query.status,
      cursor: query.cursor,
      limit: PAGE_SIZE,
    });
    return { ok: true, interviews, nextCursor };
  } catch (error) {
    // A hand-edited or stale cursor: say so instead of an error page.
    if (query.cursor && error instanceof TRPCError && error.code === "BAD_REQUEST") return { ok: false };
    throw error;
  }
}

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [, t] = await Promise.all([requireUser("/history"), getTranslations("history")]);
  const query = parseHistoryQuery(await searchParams);
  const page = await loadPage(query);
  const filtersKey = `${query.track ?? ""}|${query.level ?? ""}|${query.status ?? ""}`;
  // Nothing to filter yet: the empty state alone says what to do next, without a form in front of it.
  const nothingYet = page.ok && page.interviews.length === 0 && !query.cursor && !hasFilters(query);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader title={t("title")} lead={t("lead")} primaryLink={{ href: "/practice", label: t("start") }} />

      {nothingYet ? null : (
        <div className="mt-8">
          <FilterForm key={filtersKey} query={query} />
        </div>
      )}

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="sr-only">
          {t("interviews")}
        </h2>
        <HistoryAnnouncer>
          {page.ok ? <Results query={query} interviews={page.interviews} nextCursor={page.nextCursor} /> : <StaleCursor query={query} />}
        </HistoryAnnouncer>
      </section>
    </div>
  );
}

function Results({ query, interviews, nextCursor }: { query: THistoryQuery; interviews: TInterviewSummary[]; nextCursor: string | null }) {
  const t = useTranslations("history");
  const newer = query.cursor ? newerHref(query) : null;
  const older = nextCursor ? olderHref(query, nextCursor) : null;
  return (
    <>
      {interviews.length === 0 ? (
        <EmptyState query={query} />
      ) : (
        <ul className="space-y-3">
          {interviews.map((interview) => (
            <li key={interview.id}>
              <HistoryRow interview={interview} />
            </li>
          ))}
        </ul>
      )}
      {newer || older ? (
        <nav aria-label={t("pages")} className="mt-6 flex items-center justify-between gap-3">
          {newer ? (
            <Link href={newer} className={buttonClass("secondary", { size: "sm" })}>
              <span aria-hidden="true">←</span> {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          {older ? (
            <Link href={older} className={buttonClass("secondary", { size: "sm" })}>
              {t("older")} <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function EmptyState({ query }: { query: THistoryQuery }) {
  const t = useTranslations("history");
  if (query.cursor) {
    return <p className="rounded-xl bg-slate-50 p-6 text-center text-slate-700 ring-1 ring-slate-200">{t("noOlder")}</p>;
  }
  if (hasFilters(query)) {
    return (
      <div className="rounded-xl bg-slate-50 p-8 text-center ring-1 ring-slate-200">
        <p className="font-semibold text-slate-900">{t("noMatch")}</p>
        <Link href="/history" className="mt-3 inline-block rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          {t("showAll")}
        </Link>
      </div>
    );
  }
  return (
    <div className="rounded-xl bg-slate-50 p-8 text-center ring-1 ring-slate-200 sm:p-12">
      <p className="text-lg font-semibold text-slate-900">{t("emptyTitle")}</p>
      <p className="mx-auto mt-2 max-w-md text-slate-700">{t("emptyText")}</p>
      <Link href="/practice" className={buttonClass("primary", { extra: "mt-6" })}>
        {t("emptyCta")}
      </Link>
    </div>
  );
}

function StaleCursor({ query }: { query: THistoryQuery }) {
  const t = useTranslations("history");
  return (
    <div role="alert" className="rounded-xl border border-amber-200 bg-amber-50 p-6 text-amber-900">
      <p className="font-semibold">{t("stale")}</p>
      <Link href={historyHref(query)} className="mt-2 inline-block rounded text-sm font-medium underline hover:text-amber-950">
        {t("newest")}
      </Link>
    </div>
  );
}
