import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import type { TReminderKind } from "@/server/contracts/vocabulary/mail";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

const invalid = () => new AppError("VALIDATION_ERROR", "This unsubscribe link is not valid. Turn reminders off in your settings instead.", { fields: { token: "invalid" } });

/** Checks a token without changing anything (the confirmation page's GET). */
export function readUnsubscribeToken(token: string): { userId: string; kind: TReminderKind } {
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed) throw invalid();
  return parsed;
}

/** Turns the token's reminder off. Idempotent: a second click, or a deleted account, is still a success. */
export async function unsubscribe(db: TDatabase, token: string): Promise<{ kind: TReminderKind }> {
  const { userId, kind } = readUnsubscribeToken(token);
  const change = kind === "review_due" ? { reviewReminders: false } : { weeklySummary: false };
  await db
    .update(users)
    .set({ ...change, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  logger().info({ userId, kind }, "reminder unsubscribed");
  return { kind };
}
