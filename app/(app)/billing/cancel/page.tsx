import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";

export const metadata: Metadata = { title: "Checkout canceled" };

export default function BillingCancelPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Checkout canceled</h1>
      <p className="mt-3 text-slate-700">You left the checkout before paying, so nothing was charged and your plan is unchanged.</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/pricing" className={buttonClass("primary")}>
          Back to pricing
        </Link>
        <Link href="/practice" className={buttonClass("secondary")}>
          Keep practising
        </Link>
      </div>
    </div>
  );
}
