import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";
import { PlanActivation } from "./plan-activation";

export const metadata: Metadata = { title: "Payment received" };

export default async function BillingSuccessPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Fsettings%23billing");
  return (
    <div className="mx-auto max-w-xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Thank you!</h1>
      <p className="mt-3 text-slate-700">Stripe has your payment. We switch your plan as soon as Stripe confirms it to us.</p>
      <div className="mt-8">
        <PlanActivation />
      </div>
    </div>
  );
}
