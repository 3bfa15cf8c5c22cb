import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { outboxEmails, users } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { createContextInner, type TContext } from "@/server/api/trpc";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { testPassword } from "../secret-marker";
import { uniqueEmail } from "./unique-email";

export { uniqueEmail };
/** The AppError a call fails with (as the client would see it); throws when the call succeeds. */
export { failure as errorOf } from "./app-error";

/** A caller as an anonymous client, or as `user`, with its context exposed for headers and status. */
export function callerFor(db: TDatabase, options: { user?: TSessionUser | null; ip?: string | null; sessionId?: string | null } = {}) {
  const ctx: TContext = createContextInner({
    requestId: `test-${randomUUID()}`,
    db,
    user: options.user ?? null,
    ip: options.ip === undefined ? `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` : options.ip,
    sessionId: options.sessionId ?? null,
  });
  return { caller: createCaller(ctx), ctx };
}

export function asSessionUser(row: { id: string; email: string; name: string; role: TSessionUser["role"] }): TSessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Registers through the real procedure and returns the row and the password used. */
export async function registerTestUser(db: TDatabase, label = "user") {
  const email = uniqueEmail(label);
  const password = testPassword(label);
  const { caller } = callerFor(db);
  await caller.auth.register({ email, password, name: `Test ${label}` });
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return { user: row!, email, password };
}

export async function latestEmailTo(db: TDatabase, to: string) {
  const [email] = await db.select().from(outboxEmails).where(eq(outboxEmails.to, to)).orderBy(desc(outboxEmails.createdAt)).limit(1);
  if (!email) throw new Error(`no email to ${to}`);
  return email;
}

/** The token of the first `${path}?token=…` link in an email's text. */
export function tokenFromLink(text: string, path: "/verify-email" | "/reset-password"): string {
  const match = new RegExp(`${path.replace("/", "\\/")}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in email`);
  return decodeURIComponent(match[1]!);
}

/** A registered user whose email is already verified (most practice tests need one). */
export async function verifiedTestUser(db: TDatabase, label = "candidate") {
  const registered = await registerTestUser(db, label);
  await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, registered.user.id));
  const me = callerFor(db, { user: asSessionUser(registered.user) });
  return { ...registered, caller: me.caller, ctx: me.ctx };
}
