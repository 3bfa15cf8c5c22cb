import type { TDbOrTx } from "@/db";
import { currentPlan } from "./current-plan";
import { quotaState } from "./quota";

/** interviews.quota: the user's plan and where they stand in its interview quota. */
export async function quotaSummary(db: TDbOrTx, userId: string) {
  const plan = await currentPlan(db, userId);
  return { plan: plan.id, ...(await quotaState(db, userId, plan)) };
}
