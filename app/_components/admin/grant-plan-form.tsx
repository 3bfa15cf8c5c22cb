"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { api } from "@/app/_trpc/client";
import { PAID_PLAN_IDS, PLANS, ZPaidPlanIdSchema, type TPaidPlanId } from "@/server/contracts/vocabulary/plans";
import { buttonClass } from "../button-styles";

/** Grants Pro or Premium until a date (audit-logged on the server); works without Stripe. */
export function GrantPlanForm({ userId }: { userId: string }) {
  const router = useRouter();
  const id = useId();
  const [plan, setPlan] = useState<TPaidPlanId>("pro");
  const [endsOn, setEndsOn] = useState("");
  const [note, setNote] = useState("");
  const grant = api.admin.grantPlan.useMutation();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!endsOn) return;
    await grant.mutateAsync({ userId, plan, endsAt: new Date(`${endsOn}T23:59:59Z`), note: note.trim() || null });
    router.refresh();
  }

  const inputClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 sm:text-sm";
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4" aria-describedby={`${id}-status`}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-plan`} className="block text-sm font-medium text-slate-900">
            Plan
          </label>
          <select id={`${id}-plan`} value={plan} onChange={(event) => setPlan(ZPaidPlanIdSchema.parse(event.target.value))} className={inputClass}>
            {PAID_PLAN_IDS.map((planId) => PLANS[planId]).map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-ends`} className="block text-sm font-medium text-slate-900">
            Ends on
          </label>
          <input id={`${id}-ends`} type="date" required value={endsOn} onChange={(event) => setEndsOn(event.target.value)} className={inputClass} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-900">
          Note <span className="font-normal text-slate-600">(optional, kept in the audit log)</span>
        </label>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} className={inputClass} />
      </div>
      <button type="submit" className={buttonClass("primary", { size: "sm" })} aria-disabled={grant.isPending}>
        {grant.isPending ? "Granting…" : "Grant plan"}
      </button>
      <p id={`${id}-status`} role="status" className="text-sm">
        {grant.isSuccess ? <span className="text-emerald-800">Granted {grant.data.plan} until {grant.data.endsAt.slice(0, 10)}.</span> : null}
        {grant.isError ? <span className="text-red-700">{grant.error.message}</span> : null}
      </p>
    </form>
  );
}
