/**
 * Plans given by an administrator, for the admin console. The caller (the admin console) writes the
 * audit log entry; these functions only check and record the grant.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { zSafeText } from "@/server/contracts/safe-string";
import type { TDbOrTx } from "@/db";
import { planGrants, users, type TPlanGrantRow } from "@/db/schema";
import { AppError } from "@/server/errors";
import { PAID_PLAN_IDS } from "@/server/contracts/vocabulary/plans";

export const ZGrantPlanInputSchema = z.object({
  userId: z.uuid(),
  plan: z.enum(PAID_PLAN_IDS),
  endsAt: z.coerce.date(),
  /** The administrator's user id. */
  grantedBy: z.uuid().nullable(),
  note: zSafeText().trim().max(500).default(""),
});
export type TGrantPlanInput = z.input<typeof ZGrantPlanInputSchema>;

export async function grantPlan(db: TDbOrTx, input: TGrantPlanInput, now = new Date()): Promise<TPlanGrantRow> {
  const parsed = ZGrantPlanInputSchema.parse(input);
  if (parsed.endsAt <= now) {
    throw new AppError("VALIDATION_ERROR", "The grant must end in the future.", { fields: { endsAt: "must be in the future" } });
  }
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, parsed.userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  const [row] = await db
    .insert(planGrants)
    .values({ userId: parsed.userId, plan: parsed.plan, startsAt: now, endsAt: parsed.endsAt, grantedBy: parsed.grantedBy, note: parsed.note })
    .returning();
  if (!row) throw new Error("The plan grant insert returned no row");
  return row;
}

/** Ends a grant now (kept for the record). Returns false when there was no such active grant. */
export async function revokePlanGrant(db: TDbOrTx, grantId: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(planGrants)
    .set({ revokedAt: now })
    .where(and(eq(planGrants.id, grantId), isNull(planGrants.revokedAt)))
    .returning({ id: planGrants.id });
  return rows.length > 0;
}

export async function listPlanGrants(db: TDbOrTx, userId: string): Promise<TPlanGrantRow[]> {
  return db.select().from(planGrants).where(eq(planGrants.userId, userId)).orderBy(desc(planGrants.createdAt));
}
