/**
 * A plan's name in the interface language (common.plans.<id>, see server/contracts/vocabulary/plan-names.ts).
 * Takes a plan id or the English name the server writes; anything else (a plan this build does not
 * know) is shown as given. Works with useTranslations("common") and await getTranslations("common").
 */
import { useTranslations } from "next-intl";
import { PLAN_NAME_KEYS, planIdOf } from "@/server/contracts/vocabulary/plan-names";

type TPlanWords = (key: (typeof PLAN_NAME_KEYS)[keyof typeof PLAN_NAME_KEYS]) => string;

export function planNameWith(t: TPlanWords, plan: string): string;
export function planNameWith(t: TPlanWords, plan: string | null | undefined): string | null;
export function planNameWith(t: TPlanWords, plan: string | null | undefined): string | null {
  const id = planIdOf(plan);
  return id ? t(PLAN_NAME_KEYS[id]) : (plan ?? null);
}

/** The same, as a hook for client and plain server components. */
export function usePlanName(): { (plan: string): string; (plan: string | null | undefined): string | null } {
  const t = useTranslations("common");
  return ((plan: string | null | undefined) => planNameWith(t, plan)) as { (plan: string): string; (plan: string | null | undefined): string | null };
}
