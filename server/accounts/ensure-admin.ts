import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { normalizeEmail } from "@/server/auth/normalize-email";
import { hashPassword } from "@/server/auth/password-hash";
import { checkPasswordPolicy } from "@/server/auth/password-policy";
import { AppError } from "@/server/errors";

export type TEnsureAdminResult = "created" | "promoted" | "unchanged" | "missing_password";

/**
 * ADMIN_EMAIL (+ ADMIN_PASSWORD) at start: creates that admin (verified, since the operator
 * chose the address) or promotes an existing account. An existing password is never overwritten.
 */
export async function ensureAdmin(db: TDatabase, input: { email: string; password?: string }): Promise<TEnsureAdminResult> {
  const email = normalizeEmail(input.email);
  const [existing] = await db.select().from(users).where(eq(users.email, email));
  if (existing) {
    if (existing.role === "admin") return "unchanged";
    await db.update(users).set({ role: "admin", updatedAt: sql`now()` }).where(eq(users.id, existing.id));
    return "promoted";
  }
  if (!input.password) return "missing_password";
  const verdict = checkPasswordPolicy(input.password, { email });
  if (!verdict.ok) throw new AppError("VALIDATION_ERROR", `ADMIN_PASSWORD: ${verdict.message}`);
  await db
    .insert(users)
    .values({ email, name: "Administrator", role: "admin", passwordHash: await hashPassword(input.password), emailVerified: new Date() })
    .onConflictDoNothing({ target: users.email });
  return "created";
}

/** `npm run user:promote -- EMAIL`. */
export async function promoteUser(db: TDatabase, emailInput: string): Promise<"promoted" | "unchanged"> {
  const email = normalizeEmail(emailInput);
  const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!user) throw new AppError("NOT_FOUND", `No account has the email ${email}.`);
  if (user.role === "admin") return "unchanged";
  await db.update(users).set({ role: "admin", updatedAt: sql`now()` }).where(eq(users.id, user.id));
  return "promoted";
}
