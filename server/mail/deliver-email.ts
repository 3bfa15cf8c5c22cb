/**
 * The `deliver-email` job: sends one outbox email over SMTP. Jobs run at least once, so a row already
 * sent is skipped, and the row stays locked while it is being sent so two tries cannot both send it.
 * Sent over this process's pooled connections (smtp-transport.ts), not a new connection per email.
 */
import { and, eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { outboxEmails } from "@/db/schema";
import { getEnv } from "@/server/env";
import type { JobHandler } from "@/server/jobs/worker";
import { logger } from "@/server/logger";
import { recordEmail } from "@/server/metrics/registry";
import { sendPooled } from "./smtp-transport";

export interface DeliveryOptions {
  /** Defaults to SMTP_URL. */
  smtpUrl?: string;
  /** Defaults to EMAIL_FROM. */
  from?: string;
}

export type DeliveryOutcome = "sent" | "skipped";

const MAX_ERROR_LENGTH = 1000;

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
}

/** Sends the email and marks it sent; on failure records the error and rethrows so the queue retries. */
export async function deliverEmail(db: TDatabase, outboxId: string, options: DeliveryOptions = {}): Promise<DeliveryOutcome> {
  const env = getEnv();
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL;
  if (!smtpUrl) throw new Error("SMTP_URL is not set, so outbox emails cannot be delivered");

  const result = await db.transaction(async (tx) => {
    const [email] = await tx.select().from(outboxEmails).where(eq(outboxEmails.id, outboxId)).for("update");
    // Gone, already sent by an earlier try, or never meant for SMTP: nothing to do.
    if (!email || email.status === "sent" || email.status === "captured") return { outcome: "skipped" as const };

    try {
      await sendPooled(
        smtpUrl,
        {
          from: options.from ?? env.EMAIL_FROM,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: { ...email.headers, "X-Rehearse-Outbox-Id": email.id },
        },
        { maxConnections: env.EMAIL_CONCURRENCY },
      );
    } catch (error) {
      await tx
        .update(outboxEmails)
        .set({ attempts: sql`${outboxEmails.attempts} + 1`, lastError: describeError(error) })
        .where(eq(outboxEmails.id, email.id));
      return { outcome: "failed" as const, error };
    }
    await tx
      .update(outboxEmails)
      .set({ status: "sent", sentAt: sql`now()`, attempts: sql`${outboxEmails.attempts} + 1`, lastError: null })
      .where(eq(outboxEmails.id, email.id));
    return { outcome: "sent" as const };
  });

  recordEmail(result.outcome);
  // Thrown after the transaction committed, so the recorded attempt and error are kept.
  if (result.outcome === "failed") throw result.error;
  logger().info({ outboxId, outcome: result.outcome }, "outbox email delivery");
  return result.outcome;
}

/** After the last retry: the email will not be sent. A row sent meanwhile stays sent. */
export async function markEmailFailed(db: TDatabase, outboxId: string, lastError: string): Promise<void> {
  await db
    .update(outboxEmails)
    .set({ status: "failed", lastError: lastError.slice(0, MAX_ERROR_LENGTH) })
    .where(and(eq(outboxEmails.id, outboxId), eq(outboxEmails.status, "pending")));
  logger().error({ outboxId }, "outbox email failed for good");
}

/** The handler the worker runs for `deliver-email` jobs, on this process's database. */
export function deliverEmailHandler(db: () => TDatabase, options: DeliveryOptions = {}): JobHandler<{ outboxId: string }> {
  return {
    run: async ({ outboxId }) => {
      await deliverEmail(db(), outboxId, options);
    },
    onFailed: ({ outboxId }, lastError) => markEmailFailed(db(), outboxId, lastError),
  };
}
