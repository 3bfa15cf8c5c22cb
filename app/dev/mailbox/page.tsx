import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PEER_IP_HEADER } from "@/server/http/client-ip";
import { canOpenDevMailbox } from "@/server/mail/dev-mailbox";
import { listOutbox } from "@/server/mail/outbox";
import { EmailEntry } from "./email-entry";
import { LiveRefresh } from "./live-refresh";

// Always the current outbox, never a cached render.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false, follow: false } };

const SHOWN = 50;

export default async function DevMailboxPage() {
  const peerIp = (await headers()).get(PEER_IP_HEADER);
  if (!canOpenDevMailbox(peerIp)) notFound();
  const emails = await listOutbox(getDb(), { limit: SHOWN });

  return (
    <div className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
      <LiveRefresh />
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Development</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">Dev mailbox</h1>
      <p className="mt-3 text-slate-700">
        SMTP_URL is not set, so Rehearse sends no email: everything it would send lands here instead, newest first
        (the last {SHOWN}). Follow the links to verify an address or reset a password. New mail shows up here as it arrives.
      </p>
      {emails.length === 0 ? (
        <p className="mt-10 rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600">
          No emails yet. Sign up or ask for a password reset, and the email shows up here.
        </p>
      ) : (
        <ul className="mt-8 space-y-6" aria-label="Emails, newest first">
          {emails.map((email) => (
            <EmailEntry key={email.id} email={email} />
          ))}
        </ul>
      )}
    </div>
  );
}
