/**
 * Emails speak the recipient's language end to end: a visitor who signs up on a Russian page gets
 * the verification email in Russian over real SMTP, the account keeps Russian for later emails, and
 * the Korean cookie works the same way. English stays the default.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { outboxEmails, users } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { latestEmailTo } from "@/test/helpers/caller";
import { readMessage, startSmtpServer } from "@/test/helpers/smtp-server";
import { closeSmtpPools } from "./smtp-transport";
import { uniqueEmail } from "@/test/helpers/unique-email";
import { testPassword } from "@/test/secret-marker";
import { deliverEmail } from "./deliver-email";
import { stopQueue } from "@/server/jobs/queue";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 4 });

afterAll(async () => {
  await stopQueue();
  await client.end({ timeout: 5 });
});

/** Signs up through the real procedure as a browser sending these headers would. */
async function signUp(label: string, headers: Record<string, string>) {
  const email = uniqueEmail(label);
  const ctx = createContextInner({ requestId: `test-${randomUUID()}`, db, ip: `10.9.${Math.floor(Math.random() * 250)}.1`, headers: new Headers(headers) });
  await createCaller(ctx).auth.register({ email, password: testPassword(label), name: "Ирина" });
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { email, user: user! };
}

/** Sends the queued email through a real SMTP server and reads back what arrived. */
async function sendOverSmtp(to: string) {
  const queued = await latestEmailTo(db, to);
  // Queued as "captured" (no SMTP_URL in tests): mark it for delivery as a configured server would have.
  await db.update(outboxEmails).set({ status: "pending" }).where(eq(outboxEmails.id, queued.id));
  const smtp = await startSmtpServer();
  try {
    expect(await deliverEmail(db, queued.id, { smtpUrl: smtp.url, from: "Rehearse <no-reply@rehearse.test>" })).toBe("sent");
    expect(smtp.messages).toHaveLength(1);
    return readMessage(smtp.messages[0]!.raw);
  } finally {
    // The pooled connection first: the server's close waits for its open connections.
    closeSmtpPools();
    await smtp.close();
  }
}

describe("the recipient's language", () => {
  it("a visitor signing up on a Russian page gets a Russian verification email over SMTP, and keeps Russian", async () => {
    const { email, user } = await signUp("ru-signup", { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" });
    expect(user.language).toBe("ru");
    const message = await sendOverSmtp(email);
    expect(message.subject).toBe("Подтвердите адрес электронной почты для Rehearse");
    expect(message.text).toContain("Здравствуйте, Ирина!");
    expect(message.text).toContain("действует 24 часа");
    expect(message.text).not.toMatch(/Confirm|Thanks|expires|Hi /);

    // Later emails, sent with no request around, read the saved language.
    await createCaller(createContextInner({ requestId: `test-${randomUUID()}`, db, ip: "10.9.9.9" })).auth.forgotPassword({ email });
    const reset = await latestEmailTo(db, email);
    expect(reset.subject).toBe("Сброс пароля в Rehearse");
  });

  it("the switcher's cookie wins over Accept-Language (Korean)", async () => {
    const { email, user } = await signUp("ko-signup", { cookie: "theme=dark; locale=ko", "accept-language": "en-US,en;q=0.9" });
    expect(user.language).toBe("ko");
    const message = await sendOverSmtp(email);
    expect(message.subject).toBe("Rehearse 이메일 주소를 인증해 주세요");
    expect(message.text).toContain("Ирина님, 안녕하세요.");
  });

  it("English when the browser asks for nothing we speak, and the account keeps following the browser", async () => {
    const { email, user } = await signUp("fr-signup", { "accept-language": "fr-FR,fr;q=0.9" });
    expect(user.language).toBeNull();
    expect((await latestEmailTo(db, email)).subject).toBe("Confirm your email address for Rehearse");
  });
});
