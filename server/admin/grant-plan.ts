import type { TDatabase } from "@/db";
import { grantPlan } from "@/server/billing/plan-grants";
import type { TGrantPlanRequest } from "@/server/contracts/admin";
import { audit, type TActor } from "./audit";

/** An administrator gives a user a paid plan until a date: the grant and its audit entry in one transaction. */
export async function grantPlanAsAdmin(db: TDatabase, actor: TActor, input: TGrantPlanRequest) {
  const grant = await db.transaction(async (tx) => {
    const row = await grantPlan(tx, { userId: input.userId, plan: input.plan, endsAt: input.endsAt, grantedBy: actor.id, note: input.note ?? undefined });
    await audit(tx, actor, {
      action: "user.grant_plan",
      targetType: "user",
      targetId: input.userId,
      after: { plan: input.plan, endsAt: input.endsAt.toISOString() },
      note: input.note,
    });
    return row;
  });
  return { id: grant.id, plan: input.plan, endsAt: input.endsAt.toISOString() };
}
