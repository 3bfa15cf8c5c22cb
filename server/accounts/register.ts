import type { TDatabase, TTransaction } from "@/db";
import { users, type TUserRow } from "@/db/schema";
import { createEmailToken } from "@/server/auth/email-tokens";
import { hashPassword } from "@/server/auth/password-hash";
import { AppError } from "@/server/errors";
import { getEnv } from "@/server/env";
import { queueEmail } from "@/server/mail/send-email";
import { emailChangeEmail, verificationEmail } from "@/server/mail/templates";
import { assertPasswordAllowed } from "./password-rules";

export interface TRegisterInput {
  email: string;
  password: string;
  name: string;
}

/** Creates the account and queues its verification email in the same transaction. */
export async function registerUser(db: TDatabase, input: TRegisterInput): Promise<TUserRow> {
  assertPasswordAllowed(input.password, { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in, or reset your password.", {
        fields: { email: "already registered" },
      });
    }
    await sendVerification(tx, user);
    return user;
  });
}

export async function sendVerification(tx: TTransaction, user: Pick<TUserRow, "id" | "email" | "name">, email = user.email): Promise<void> {
  const token = await createEmailToken(tx, { userId: user.id, purpose: "verify_email", email });
  const link = `${getEnv().APP_URL}/verify-email?token=${encodeURIComponent(token)}`;
  const content = email === user.email ? verificationEmail({ name: user.name, link }) : emailChangeEmail({ name: user.name, link, newEmail: email });
  await queueEmail(tx, { to: email, ...content });
}
