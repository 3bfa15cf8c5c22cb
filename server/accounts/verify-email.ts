import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { consumeEmailToken, expireUnusedTokens, findSpentEmailToken } from "@/server/auth/email-tokens";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/send-email";
import { emailChangedNoticeEmail } from "@/server/mail/templates";
import { sendVerification } from "./register";

const invalidLink = () =>
  new AppError("VALIDATION_ERROR", "This verification link is invalid, already used or expired. Ask for a new one.", {
    fields: { token: "invalid or expired" },
  });

/**
 * A link opened again (clicked twice, opened in another browser) after it verified its address, which
 * is still the account's and verified. Only someone holding the link learns this, and the answer
 * names no address.
 */
const alreadyVerified = () => new AppError("CONFLICT", "This email address is already verified. Sign in to continue.", { reason: "already_verified" });

/**
 * Spends a verification link. A link sent to a new address (email change) also moves the account
 * to that address — only now, once the new owner proved they read it — and tells the old address,
 * so an owner whose password was stolen learns of it. `changedFrom` tells the page which it was.
 */
export async function verifyEmail(db: TDatabase, token: string): Promise<{ userId: string; email: string; changedFrom: string | null }> {
  return db.transaction(async (tx) => {
    const spent = await consumeEmailToken(tx, { token, purpose: "verify_email" });
    if (!spent) throw (await verifiedBefore(tx, token)) ? alreadyVerified() : invalidLink();
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, spent.email), ne(users.id, spent.userId)));
    if (taken.length > 0) {
      throw new AppError("CONFLICT", "Another account uses this email address now.", { fields: { email: "already registered" } });
    }
    // Locked, so the address read here is the one this update replaces.
    const [before] = await tx.select({ email: users.email, name: users.name, language: users.language }).from(users).where(eq(users.id, spent.userId)).for("update");
    if (!before) throw invalidLink();
    const [user] = await tx
      .update(users)
      .set({ email: spent.email, emailVerified: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, spent.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) throw invalidLink();
    const changedFrom = before.email === user.email ? null : before.email;
    if (changedFrom) {
      // Reset links still waiting in the old mailbox stop working with the move.
      await expireUnusedTokens(tx, user.id, "reset_password");
      await queueEmail(tx, {
        to: changedFrom,
        ...emailChangedNoticeEmail({ name: before.name, newEmail: user.email, contactLink: `${getEnv().APP_URL}/contact`, locale: before.language }),
      });
    }
    return { userId: user.id, email: user.email, changedFrom };
  });
}

/** Whether this link was spent, within its lifetime, on the address the account still has and has verified. */
async function verifiedBefore(db: Pick<TDatabase, "select">, token: string): Promise<boolean> {
  const spent = await findSpentEmailToken(db, { token, purpose: "verify_email" });
  if (!spent) return false;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, spent.userId), eq(users.email, spent.email), isNotNull(users.emailVerified)));
  return user !== undefined;
}

/** Sends a fresh link (older ones stop working). Already-verified accounts get nothing. */
export async function resendVerification(db: TDatabase, userId: string): Promise<{ sent: boolean }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) throw new AppError("NOT_FOUND", "Account not found.");
    if (user.emailVerified) return { sent: false };
    await expireUnusedTokens(tx, user.id, "verify_email");
    await sendVerification(tx, user);
    return { sent: true };
  });
}
