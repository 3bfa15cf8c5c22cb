import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxEntry } from "@/server/mail/outbox";
import { LinkedText } from "./linked-text";
import { StatusBadge } from "./status-badge";

// The 24-hour clock, as everywhere else in the app (README, Languages).
const TIME_FORMAT = { dateStyle: "medium", timeStyle: "medium", hourCycle: "h23" } as const;

export async function EmailEntry({ email }: { email: OutboxEntry }) {
  const [t, format] = await Promise.all([getTranslations("dev.mailbox"), getFormatter()]);
  const headingId = `email-${email.id}`;
  return (
    <li className="rounded-xl border border-slate-200 p-6 shadow-sm">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {email.subject}
          </h2>
          <StatusBadge status={email.status} label={t(`status.${email.status}`)} />
        </div>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">{t("to")}</dt>
          <dd className="break-all">{email.to}</dd>
          <dt className="font-medium text-slate-600">{t("queued")}</dt>
          <dd>
            <time dateTime={email.createdAt.toISOString()}>{format.dateTime(email.createdAt, TIME_FORMAT)}</time>
          </dd>
          {email.sentAt ? (
            <>
              <dt className="font-medium text-slate-600">{t("sent")}</dt>
              <dd>
                <time dateTime={email.sentAt.toISOString()}>{format.dateTime(email.sentAt, TIME_FORMAT)}</time>
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
              <dt className="font-medium text-slate-600">{t("lastError")}</dt>
              <dd className="text-red-800">
                {t("afterTries", { error: email.lastError, attempts: email.attempts })}
              </dd>
            </>
          ) : null}
        </dl>
        <LinkedText text={email.text} />
      </article>
    </li>
  );
}
