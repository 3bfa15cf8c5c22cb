import { eq } from "drizzle-orm";
import type { TDatabase, TTransaction } from "@/db";
import { users, type TUserRow } from "@/db/schema";
import { createEmailToken } from "@/server/auth/email-tokens";
import { hashPassword } from "@/server/auth/password-hash";
import { getEnv } from "@/server/env";
import { queueEmail } from "@/server/mail/send-email";
import { emailChangeEmail, signUpAttemptEmail, verificationEmail } from "@/server/mail/templates";
import { consumeRateLimit, SIGNUP_NOTICE_PER_ACCOUNT } from "@/server/rate-limit/fixed-window";
import { assertPasswordAllowed } from "./password-rules";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

export interface TRegisterInput {
  email: string;
  password: string;
  name: string;
  /** The language the visitor signed up in (the page's): saved as theirs, so emails keep speaking it. */
  language?: TLanguage;
}

/** `created: false` means the email already had an account; callers must not let clients tell the two apart. */
export type TRegisterOutcome = { created: true; user: TUserRow } | { created: false };

/**
 * Creates the account and queues its verification email in the same transaction. For an email
 * that already has an account it does the same work (the password is hashed either way, so the
 * timing does not tell) and emails the owner instead, at most once an hour.
 */
export async function registerUser(db: TDatabase, input: TRegisterInput): Promise<TRegisterOutcome> {
  assertPasswordAllowed(input.password, { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, language: input.language })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (created) await sendVerification(tx, created);
    return created;
  });
  if (user) return { created: true, user };
  await notifyExistingOwner(db, input.email);
  return { created: false };
}

/** "Someone tried to sign up with your address" (or move an account to it): sign-in and reset links, rate-limited per account. */
export async function notifyExistingOwner(db: TDatabase, email: string): Promise<void> {
  const [owner] = await db.select({ id: users.id, email: users.email, name: users.name, status: users.status, language: users.language }).from(users).where(eq(users.email, email));
  if (!owner || owner.status !== "active") return;
  const quota = await consumeRateLimit(db, { key: `signup-notice:user:${owner.id}`, ...SIGNUP_NOTICE_PER_ACCOUNT });
  if (!quota.allowed) return;
  const appUrl = getEnv().APP_URL;
  await queueEmail(db, {
    to: owner.email,
    ...signUpAttemptEmail({ name: owner.name, locale: owner.language, signInLink: `${appUrl}/sign-in`, resetLink: `${appUrl}/forgot-password` }),
  });
}

export async function sendVerification(tx: TTransaction, user: Pick<TUserRow, "id" | "email" | "name" | "language">, email = user.email): Promise<void> {
  const token = await createEmailToken(tx, { userId: user.id, purpose: "verify_email", email });
  const link = `${getEnv().APP_URL}/verify-email?token=${encodeURIComponent(token)}`;
  const content =
    email === user.email
      ? verificationEmail({ name: user.name, link, locale: user.language })
      : emailChangeEmail({ name: user.name, link, newEmail: email, locale: user.language });
  await queueEmail(tx, { to: email, ...content });
}
