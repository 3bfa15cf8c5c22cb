import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users, type TUserRow } from "@/db/schema";
import { verifyAgainstDummy, verifyPassword } from "./password-hash";
import { AppError, secondsText } from "@/server/errors";
import { logger } from "@/server/logger";
import { checkSignIn, recordSignInFailure, recordSignInSuccess } from "@/server/rate-limit/sign-in-throttle";
import { signInGate } from "./sign-in-gate";

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

  // One attempt at a time per account: parallel guesses would otherwise all pass the throttle
  // check before the first failure is recorded. The lock ends with the transaction, which must
  // commit the failure count, so the outcome is decided inside and thrown only after it.
  // signInGate: a burst of sign-ins must not hold every pool connection while argon2 queues for a thread.
  const outcome = await signInGate().run(() => db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`signin:${input.email}`}))`);
    const throttle = await checkSignIn(tx, { email: input.email, ip: input.ip });
    if (!throttle.allowed) return { kind: "throttled" as const, retryAfterSeconds: throttle.retryAfterSeconds };
    const [user] = await tx.select().from(users).where(eq(users.email, input.email));
    const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !passwordOk) {
      await recordSignInFailure(tx, { email: input.email, ip: input.ip });
      return { kind: "wrong" as const, userId: user?.id };
    }
    if (user.status !== "active") return { kind: "suspended" as const, userId: user.id };
    await recordSignInSuccess(tx, { email: input.email, ip: input.ip });
    return { kind: "ok" as const, user };
  }));

  switch (outcome.kind) {
    case "throttled":
      audit("throttled");
      throw new AppError(
        "RATE_LIMITED",
        `Too many failed sign-in attempts. Try again in ${secondsText(outcome.retryAfterSeconds)}, or reset your password.`,
        { retryAfterSeconds: outcome.retryAfterSeconds },
      );
    case "wrong":
      audit("wrong_credentials", outcome.userId);
      throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS_MESSAGE);
    case "suspended":
      audit("suspended", outcome.userId);
      throw new AppError("FORBIDDEN", "This account is suspended. Contact support if you think this is a mistake.");
    case "ok":
      audit("success", outcome.user.id);
      return outcome.user;
  }
}
