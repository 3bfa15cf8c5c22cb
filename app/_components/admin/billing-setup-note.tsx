import type { TBillingSetup } from "@/server/billing/billing-setup";

/** For admins only: why paid plans are not on sale, and the exact variables that would fix it. */
export function BillingSetupNote({ setup, className = "" }: { setup: TBillingSetup; className?: string }) {
  if (setup.configured) return null;
  return (
    <section aria-labelledby="billing-setup-heading" className={`rounded-xl border border-amber-300 bg-amber-50 p-5 text-sm text-slate-900 ${className}`}>
      <h2 id="billing-setup-heading" className="text-base font-semibold">
        Billing is not configured (only admins see this)
      </h2>
      <p className="mt-1">
        Candidates get the free plan and see no upgrade prompts. To sell the paid plans, set these environment variables and restart:
      </p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="Missing variables">
        {setup.missing.map((name) => (
          <li key={name}>
            <code className="rounded bg-white px-2 py-0.5 font-mono text-xs ring-1 ring-amber-300">{name}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        The price variables are the ids of recurring prices in your Stripe account; the amounts shown on the pricing page come from them. Point a
        Stripe webhook at <code className="break-all font-mono text-xs">{setup.webhookUrl}</code> and use its signing secret as STRIPE_WEBHOOK_SECRET.
      </p>
    </section>
  );
}
