import type { OutboxEntry } from "@/server/mail/outbox";
import { LinkedText } from "./linked-text";
import { StatusBadge } from "./status-badge";

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

export function EmailEntry({ email }: { email: OutboxEntry }) {
  const headingId = `email-${email.id}`;
  return (
    <li className="rounded-xl border border-slate-200 p-6 shadow-sm">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {email.subject}
          </h2>
          <StatusBadge status={email.status} />
        </div>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">To</dt>
          <dd className="break-all">{email.to}</dd>
          <dt className="font-medium text-slate-600">Queued</dt>
          <dd>
            <time dateTime={email.createdAt.toISOString()}>{TIME_FORMAT.format(email.createdAt)}</time>
          </dd>
          {email.sentAt ? (
            <>
              <dt className="font-medium text-slate-600">Sent</dt>
              <dd>
                <time dateTime={email.sentAt.toISOString()}>{TIME_FORMAT.format(email.sentAt)}</time>
              </dd>
            </>
          ) : null}
          {Object.entries(email.headers ?? {}).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-medium text-slate-600">{name}</dt>
              <dd className="break-all font-mono text-xs">{value}</dd>
            </div>
          ))}
          {email.lastError ? (
            <>
              <dt className="font-medium text-slate-600">Last error</dt>
              <dd className="text-red-800">
                {email.lastError} (after {email.attempts} {email.attempts === 1 ? "try" : "tries"})
              </dd>
            </>
          ) : null}
        </dl>
        <LinkedText text={email.text} />
      </article>
    </li>
  );
}
