import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { supportTickets, users } from "@/db/schema";
import { toAppError } from "@/server/errors";
import { asSessionUser, callerFor, latestEmailTo, uniqueEmail, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return toAppError(error);
  }
  throw new Error("expected the call to fail");
}

describe("support.contact (the public contact form)", () => {
  it("takes a message without an account; the admins see it in their inbox and their reply goes to the given address", async () => {
    const email = uniqueEmail("suspended");
    const { caller } = callerFor(db);
    await caller.support.contact({ email, subject: "My account was suspended", message: "I think this is a mistake, please look again." });

    const admin = await verifiedTestUser(db, "contact-admin");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
    const adminCaller = callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
    const ticket = (await adminCaller.admin.tickets({ limit: 200 })).find((entry) => entry.userEmail === email);
    expect(ticket).toMatchObject({ subject: "My account was suspended", status: "new" });
    expect(ticket?.messages.map((message) => message.body)).toEqual(["I think this is a mistake, please look again."]);

    await adminCaller.admin.replyToTicket({ ticketId: ticket!.id, message: "We lifted the suspension." });
    const reply = await latestEmailTo(db, email);
    expect(reply.subject).toBe("Re: My account was suspended");
    expect(reply.text).toContain("We lifted the suspension.");
    // No account to open, so no "Open your request" link.
    expect(reply.text).not.toContain("/help");
  });

  it("names the wrong field, and limits one client to 5 messages an hour", async () => {
    const ip = `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const { caller } = callerFor(db, { ip });
    const bad = await failure(caller.support.contact({ email: "not-an-email", subject: "Hi", message: "short" }));
    expect(bad.code).toBe("VALIDATION_ERROR");
    expect(Object.keys((bad.details as { fields: Record<string, string> }).fields).sort()).toEqual(["email", "message", "subject"]);

    const valid = { email: uniqueEmail("flood"), subject: "Please help", message: "A message long enough to pass." };
    for (let sent = 0; sent < 5; sent += 1) await caller.support.contact(valid);
    const limited = await failure(caller.support.contact(valid));
    expect(limited.code).toBe("RATE_LIMITED");
    const stored = await db.select().from(supportTickets).where(eq(supportTickets.contactEmail, valid.email));
    expect(stored).toHaveLength(5);
  });
});
