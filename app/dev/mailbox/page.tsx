import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { canOpenDevMailbox } from "@/server/mail/dev-mailbox";
import { listOutbox } from "@/server/mail/outbox";
import { firstParam } from "@/app/_components/search-params";
import { hasControlCharacters } from "@/server/contracts/safe-string";
import { EmailEntry } from "./email-entry";
import { LiveRefresh } from "./live-refresh";

// Always the current outbox, never a cached render.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dev.mailbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const SHOWN = 50;

/**
 * `?to=ada@example.com` shows only the emails to that address: a script taking "the newest
 * verification link" from the whole mailbox could pick another account's (the README walkthrough).
 */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!canOpenDevMailbox(await headers())) notFound();
  const to = firstParam((await searchParams).to)?.slice(0, 320);
  // No address holds a control character (PostgreSQL would refuse a NUL in the query): nothing matches.
  const readable = to === undefined || !hasControlCharacters(to);
  const [emails, t] = await Promise.all([readable ? listOutbox(getDb(), { limit: SHOWN, ...(to ? { to } : {}) }) : [], getTranslations("dev.mailbox")]);

  return (
    <div className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
      <LiveRefresh />
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{t("lead", { count: SHOWN })}</p>
      {emails.length === 0 ? (
        <p className="mt-10 rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <ul className="mt-8 space-y-6" aria-label={t("listLabel")}>
          {emails.map((email) => (
            <EmailEntry key={email.id} email={email} />
          ))}
        </ul>
      )}
    </div>
  );
}
