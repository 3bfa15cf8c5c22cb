import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { expireUnusedTokens } from "@/server/auth/email-tokens";
import { hashPassword } from "@/server/auth/password-hash";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/send-email";
import { passwordChangedEmail } from "@/server/mail/templates";
import { endAllSessions } from "./end-sessions";
import { confirmCurrentPassword } from "./confirm-password";
import { assertPasswordAllowed } from "./password-rules";

export async function changePassword(
  db: TDatabase,
  input: { userId: string; currentPassword: string; newPassword: string; keepSid: string | null },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  await confirmCurrentPassword(
    db,
    user,
    input.currentPassword,
    new AppError("VALIDATION_ERROR", "Your current password is not correct.", { fields: { currentPassword: "incorrect" } }),
  );
  assertPasswordAllowed(input.newPassword, { email: user.email, name: user.name }, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endAllSessions(tx, user.id, "password_change", input.keepSid);
    // A reset link requested before (by the owner, or by someone reading their mailbox) is moot now.
    await expireUnusedTokens(tx, user.id, "reset_password");
    await queueEmail(tx, { to: user.email, ...passwordChangedEmail({ name: user.name, resetLink: `${getEnv().APP_URL}/forgot-password`, locale: user.language }) });
  });
}
