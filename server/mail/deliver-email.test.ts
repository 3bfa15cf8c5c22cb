import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { outboxEmails } from "@/db/schema";
import { getEnv } from "@/server/env";
import { stopQueue } from "@/server/jobs/queue";
import { QUEUES } from "@/server/jobs/queue-registry";
import { workQueue } from "@/server/jobs/worker";
import { deliverEmail, deliverEmailHandler, markEmailFailed } from "./deliver-email";
import { verifyEmailLink } from "./links";
import { extractLinks } from "./outbox";
import { queueEmail } from "./send-email";
import { closeSmtpPools } from "./smtp-transport";
import { verificationEmail } from "./templates";
import { uniqueEmail } from "@/test/helpers/unique-email";
import { decodeQuotedPrintable, startSmtpServer as startTestSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp-server";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 4 });

const servers: TestSmtpServer[] = [];

async function startSmtpServer(options: { rejectRecipients?: boolean } = {}): Promise<TestSmtpServer> {
  const handle = await startTestSmtpServer(options);
  servers.push(handle);
  return handle;
}

async function queueVerification(to: string, options: { smtpConfigured: boolean }) {
  const token = crypto.randomBytes(32).toString("base64url");
  const link = verifyEmailLink(token);
  const queued = await queueEmail(db, { to, ...verificationEmail({ name: "Ada", link }) }, options);
  return { ...queued, link };
}

async function outboxRow(id: string) {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
  if (!row) throw new Error("outbox row missing");
  return row;
}

async function jobsFor(outboxId: string): Promise<number> {
  const rows = await db.execute(sql`select 1 from pgboss.job where name = 'deliver-email' and singleton_key = ${outboxId}`);
  return rows.length;
}

afterEach(async () => {
  // Pooled connections first: the server's close waits for its open connections.
  closeSmtpPools();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await stopQueue();
  await client.end({ timeout: 5 });
});

describe("queueEmail", () => {
  it("with SMTP: stores a pending email and its delivery job, together", async () => {
    const queued = await queueVerification(uniqueEmail(), { smtpConfigured: true });
    expect(queued.status).toBe("pending");
    expect((await outboxRow(queued.id)).status).toBe("pending");
    expect(await jobsFor(queued.id)).toBe(1);
  });

  it("without SMTP: stores a captured email and no job", async () => {
    const queued = await queueVerification(uniqueEmail(), { smtpConfigured: false });
    expect((await outboxRow(queued.id)).status).toBe("captured");
    expect(await jobsFor(queued.id)).toBe(0);
  });

  it("inside a transaction that rolls back: neither the email nor the job remains", async () => {
    const to = uniqueEmail();
    let id: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        id = (await queueEmail(tx, { to, ...verificationEmail({ name: "Ada", link: verifyEmailLink("t") }) }, { smtpConfigured: true })).id;
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.select().from(outboxEmails).where(eq(outboxEmails.to, to))).toEqual([]);
    expect(await jobsFor(id!)).toBe(0);
  });
});

describe("deliverEmail", () => {
  it("sends the email to its recipient with a working verification link, and marks it sent", async () => {
    const smtp = await startSmtpServer();
    const to = uniqueEmail();
    const queued = await queueVerification(to, { smtpConfigured: true });

    expect(await deliverEmail(db, queued.id, { smtpUrl: smtp.url, from: "Rehearse <no-reply@rehearse.test>" })).toBe("sent");

    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message!.to).toEqual([to]);
    expect(message!.from).toBe("no-reply@rehearse.test");
    const decoded = decodeQuotedPrintable(message!.raw);
    expect(decoded).toContain(`To: ${to}`);
    expect(decoded).toContain("Subject: Confirm your email address for Rehearse");
    const links = extractLinks(decoded);
    expect(links).toContain(queued.link);
    expect(queued.link).toMatch(new RegExp(`^${getEnv().APP_URL}/verify-email\\?token=[A-Za-z0-9_-]{43}$`));

    const row = await outboxRow(queued.id);
    expect(row.status).toBe("sent");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeNull();
  });

  it("sends nothing the second time (jobs run at least once)", async () => {
    const smtp = await startSmtpServer();
    const queued = await queueVerification(uniqueEmail(), { smtpConfigured: true });
    await deliverEmail(db, queued.id, { smtpUrl: smtp.url });

    expect(await deliverEmail(db, queued.id, { smtpUrl: smtp.url })).toBe("skipped");
    expect(smtp.messages).toHaveLength(1);
    expect((await outboxRow(queued.id)).attempts).toBe(1);
  });

  it("sends a captured email never", async () => {
    const smtp = await startSmtpServer();
    const queued = await queueVerification(uniqueEmail(), { smtpConfigured: false });
    expect(await deliverEmail(db, queued.id, { smtpUrl: smtp.url })).toBe("skipped");
    expect(smtp.messages).toHaveLength(0);
  });

  it("records a refused delivery and rethrows, so the queue retries", async () => {
    const smtp = await startSmtpServer({ rejectRecipients: true });
    const queued = await queueVerification(uniqueEmail(), { smtpConfigured: true });

    await expect(deliverEmail(db, queued.id, { smtpUrl: smtp.url })).rejects.toThrow(/550|Mailbox unavailable/);
    let row = await outboxRow(queued.id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/Mailbox unavailable/);

    await expect(deliverEmail(db, queued.id, { smtpUrl: smtp.url })).rejects.toThrow();
    row = await outboxRow(queued.id);
    expect(row.attempts).toBe(2);
    expect(smtp.messages).toHaveLength(0);
  });

  it("markEmailFailed gives up on a pending email but never on a sent one", async () => {
    const smtp = await startSmtpServer();
    const pending = await queueVerification(uniqueEmail(), { smtpConfigured: true });
    const sent = await queueVerification(uniqueEmail(), { smtpConfigured: true });
    await deliverEmail(db, sent.id, { smtpUrl: smtp.url });

    await markEmailFailed(db, pending.id, "550 Mailbox unavailable");
    await markEmailFailed(db, sent.id, "late timeout");

    expect(await outboxRow(pending.id)).toMatchObject({ status: "failed", lastError: "550 Mailbox unavailable" });
    expect(await outboxRow(sent.id)).toMatchObject({ status: "sent", lastError: null });
  });
});

describe("through the job queue", () => {
  it("a queued email is delivered by the worker", async () => {
    const smtp = await startSmtpServer();
    const handler = deliverEmailHandler(() => db, { smtpUrl: smtp.url });
    await workQueue("deliver-email", QUEUES["deliver-email"].payload, handler, { pollingIntervalSeconds: 0.5 });
    const to = uniqueEmail();
    const queued = await queueVerification(to, { smtpConfigured: true });

    const deadline = Date.now() + 20_000;
    // Earlier tests left jobs in the queue too; this one waits for its own message.
    while (!smtp.messages.some((message) => message.to.includes(to))) {
      if (Date.now() > deadline) throw new Error("the worker did not deliver the email");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await expect.poll(async () => (await outboxRow(queued.id)).status).toBe("sent");
  });
});
