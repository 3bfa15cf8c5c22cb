import { PLANS } from "@/server/billing/plans";
import { DisabledButton } from "./disabled-button";

/** Shown, switched off, until an admin procedure for plan grants exists (server/billing/plan-grants.ts has the logic). */
export function GrantPlanForm() {
  return (
    <form aria-describedby="grant-plan-reason" className="space-y-4">
      <p id="grant-plan-reason" className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
        Plan grants arrive with billing
      </p>
      <fieldset disabled className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Grant a plan</legend>
        <div>
          <label htmlFor="grant-plan" className="block text-sm font-medium text-slate-900">
            Plan
          </label>
          <select id="grant-plan" defaultValue="pro" className="mt-1 block w-full rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-base text-slate-600 sm:text-sm">
            {[PLANS.pro, PLANS.premium].map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="grant-ends" className="block text-sm font-medium text-slate-900">
            Ends on
          </label>
          <input id="grant-ends" type="date" className="mt-1 block w-full rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-base text-slate-600 sm:text-sm" />
        </div>
      </fieldset>
      <DisabledButton reasonId="grant-plan-reason">Grant plan</DisabledButton>
    </form>
  );
}
