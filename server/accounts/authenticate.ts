import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users, type TUserRow } from "@/db/schema";
import { verifyAgainstDummy, verifyPassword } from "@/server/auth/password-hash";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { checkSignIn, recordSignInFailure, recordSignInSuccess } from "@/server/rate-limit/sign-in-throttle";

export const WRONG_CREDENTIALS_MESSAGE = "The email or password is incorrect.";

/**
 * Password sign-in, shared by the browser (Auth.js) and the API (POST /auth/token).
 * An unknown email and a wrong password get the same error after the same work (a dummy hash
 * check); failures slow down further attempts per account and per IP.
 */
export async function authenticateWithPassword(
  db: TDatabase,
  input: { email: string; password: string; ip: string | null; via: "web" | "api" },
): Promise<TUserRow> {
  const audit = (outcome: string, userId?: string) =>
    logger().info({ event: "sign_in_attempt", outcome, via: input.via, ip: input.ip, userId }, "sign-in attempt");

  const throttle = await checkSignIn(db, { email: input.email, ip: input.ip });
  if (!throttle.allowed) {
    audit("throttled");
    throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${throttle.retryAfterSeconds} seconds, or reset your password.`, {
      retryAfterSeconds: throttle.retryAfterSeconds,
    });
  }
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk) {
    await recordSignInFailure(db, { email: input.email, ip: input.ip });
    audit("wrong_credentials", user?.id);
    throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS_MESSAGE);
  }
  if (user.status !== "active") {
    audit("suspended", user.id);
    throw new AppError("FORBIDDEN", "This account is suspended. Contact support if you think this is a mistake.");
  }
  await recordSignInSuccess(db, { email: input.email, ip: input.ip });
  audit("success", user.id);
  return user;
}
