/**
 * Pooled SMTP delivery against a real SMTP server (smtp-server, as test/helpers/smtp-server.ts) that
 * also counts the connections it was opened: one connection per email was most of a delivery's
 * round trips during a sign-up burst (docs/performance.md, bench:faults).
 */
import crypto from "node:crypto";
import net, { type AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { outboxEmails } from "@/db/schema";
import { QUEUES } from "@/server/jobs/queue-registry";
import { deliverEmail } from "./deliver-email";
import { verifyEmailLink } from "./links";
import { queueEmail } from "./send-email";
import { closeSmtpPools, sendPooled } from "./smtp-transport";
import { verificationEmail } from "./templates";
import { uniqueEmail } from "@/test/helpers/unique-email";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 4 });

interface CountingServer {
  url: string;
  /** Connections opened so far. */
  connections: number;
  /** Connections open at the same time, at most. */
  peak: number;
  recipients: string[];
  close(): Promise<void>;
}

const servers: CountingServer[] = [];

async function startCountingServer(options: { dataDelayMs?: number } = {}): Promise<CountingServer> {
  let open = 0;
  const counts: CountingServer = { url: "", connections: 0, peak: 0, recipients: [], close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      counts.connections += 1;
      open += 1;
      counts.peak = Math.max(counts.peak, open);
      callback();
    },
    onClose() {
      open -= 1;
    },
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        counts.recipients.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
        setTimeout(callback, options.dataDelayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  counts.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  counts.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  servers.push(counts);
  return counts;
}

const message = (to: string) => ({ from: "no-reply@rehearse.test", to, subject: "Hello", text: "Hi" });

afterEach(async () => {
  // Pooled connections first: the server's close waits for open connections.
  closeSmtpPools();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await client.end({ timeout: 5 });
});

describe("sendPooled", () => {
  it("sends one email after another over a single connection", async () => {
    const smtp = await startCountingServer();
    const to = Array.from({ length: 5 }, () => uniqueEmail());
    for (const address of to) await sendPooled(smtp.url, message(address), { maxConnections: 4 });
    expect(smtp.recipients).toEqual(to);
    expect(smtp.connections).toBe(1);
  });

  it("sends at once on up to maxConnections connections, never more", async () => {
    const smtp = await startCountingServer({ dataDelayMs: 50 });
    const to = Array.from({ length: 12 }, () => uniqueEmail());
    await Promise.all(to.map((address) => sendPooled(smtp.url, message(address), { maxConnections: 3 })));
    expect(smtp.recipients.sort()).toEqual([...to].sort());
    expect(smtp.peak).toBeLessThanOrEqual(3);
    expect(smtp.connections).toBeLessThanOrEqual(3);
  });

  it("a close during a send lets that send finish; the next send opens a new connection", async () => {
    const smtp = await startCountingServer({ dataDelayMs: 200 });
    const first = uniqueEmail();
    const sending = sendPooled(smtp.url, message(first), { maxConnections: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    closeSmtpPools();
    await expect(sending).resolves.toMatchObject({ accepted: [first] });
    const second = uniqueEmail();
    await expect(sendPooled(smtp.url, message(second), { maxConnections: 2 })).resolves.toMatchObject({ accepted: [second] });
    expect(smtp.recipients).toEqual([first, second]);
    expect(smtp.connections).toBe(2);
  });

  it("rejects when the server cannot be reached, as a try the queue retries", async () => {
    const smtp = await startCountingServer();
    await smtp.close();
    await expect(sendPooled(smtp.url, message(uniqueEmail()), { maxConnections: 2 })).rejects.toThrow(/ECONNREFUSED|connect/i);
  });
  it("fails a send whose server closes every connection before its greeting, instead of reconnecting for ever", async () => {
    const sockets = new Set<net.Socket>();
    const closer = net.createServer((socket) => {
      sockets.add(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => closer.listen(0, "127.0.0.1", resolve));
    const url = `smtp://127.0.0.1:${(closer.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      await expect(sendPooled(url, { from: "a@rehearse.test", to: "b@rehearse.test", subject: "s", text: "t" }, { maxConnections: 1 })).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      closeSmtpPools();
      await new Promise<void>((resolve) => closer.close(() => resolve()));
    }
  }, 15_000);
});

describe("deliverEmail over the pool", () => {
  it("delivers several outbox emails over one connection and marks each sent", async () => {
    const smtp = await startCountingServer();
    const to = Array.from({ length: 4 }, () => uniqueEmail());
    const ids: string[] = [];
    for (const address of to) {
      const link = verifyEmailLink(crypto.randomBytes(32).toString("base64url"));
      ids.push((await queueEmail(db, { to: address, ...verificationEmail({ name: "Ada", link }) }, { smtpConfigured: true })).id);
    }
    for (const id of ids) expect(await deliverEmail(db, id, { smtpUrl: smtp.url })).toBe("sent");
    expect(smtp.recipients).toEqual(to);
    expect(smtp.connections).toBe(1);
    for (const id of ids) expect((await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]?.status).toBe("sent");
  });
});

describe("the deliver-email queue", () => {
  it("is polled every 0.5 s (pg-boss's minimum), not the default 2 s: a new account waits for its email", () => {
    expect(QUEUES["deliver-email"].pollingIntervalSeconds).toBe(0.5);
  });
});
