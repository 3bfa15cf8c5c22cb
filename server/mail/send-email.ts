/**
 * Queues an email in the caller's transaction (the transactional outbox): it is sent if and only if
 * the change that caused it commits. With SMTP configured a `deliver-email` job, inserted in the same
 * transaction, sends it; without, it stays "captured" for the dev mailbox (/dev/mailbox).
 */
import type { TDbOrTx } from "@/db";
import { outboxEmails } from "@/db/schema";
import { getEnv } from "@/server/env";
import { enqueueJob } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { notifyMailChanged } from "@/server/realtime/notify";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra SMTP headers (List-Unsubscribe on reminders). */
  headers?: Record<string, string>;
}

export interface QueuedEmail {
  id: string;
  status: "pending" | "captured";
}

export async function queueEmail(
  db: TDbOrTx,
  email: OutgoingEmail,
  /** `smtpConfigured` defaults to whether SMTP_URL is set; tests pass it. */
  options: { smtpConfigured?: boolean } = {},
): Promise<QueuedEmail> {
  const deliver = options.smtpConfigured ?? Boolean(getEnv().SMTP_URL);
  // A transaction of its own when called outside one (a savepoint inside one): the row and its job go together.
  const queued = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(outboxEmails)
      .values({
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers ?? null,
        status: deliver ? "pending" : "captured",
      })
      .returning({ id: outboxEmails.id });
    if (!row) throw new Error("The outbox insert returned no row");
    if (deliver) await enqueueJob("deliver-email", { outboxId: row.id }, { tx, singletonKey: row.id });
    // An open dev mailbox page re-renders when this commits (ids only travel: the payload is empty).
    else await notifyMailChanged(tx);
    return { id: row.id, status: deliver ? "pending" : "captured" } satisfies QueuedEmail;
  });
  // No recipient or body in the log: bodies carry sign-in links.
  logger().debug({ outboxId: queued.id, status: queued.status }, "email queued");
  return queued;
}
