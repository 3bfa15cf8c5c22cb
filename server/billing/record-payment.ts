import type Stripe from "stripe";
import type { TTransaction } from "@/db";
import { payments } from "@/db/schema";
import type { TPaidPlanId } from "@/server/contracts/vocabulary/plans";
import { planForPriceId } from "./price-plans";
import { fromUnix, stripeId } from "./stripe-ids";

/** The subscription an invoice bills, if any (since API 2025-03-31 it sits under `parent`). */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  return stripeId(invoice.parent?.subscription_details?.subscription);
}

/** What the invoice paid for: the service period of its lines (the invoice's own period is the previous one). */
function servicePeriod(invoice: Stripe.Invoice): { start: Date | null; end: Date | null } {
  const lines = invoice.lines?.data ?? [];
  if (lines.length === 0) return { start: fromUnix(invoice.period_start), end: fromUnix(invoice.period_end) };
  return {
    start: fromUnix(Math.min(...lines.map((line) => line.period.start))),
    end: fromUnix(Math.max(...lines.map((line) => line.period.end))),
  };
}

function invoicePlan(invoice: Stripe.Invoice): TPaidPlanId | null {
  for (const line of invoice.lines?.data ?? []) {
    const price = stripeId(line.pricing?.price_details?.price);
    const plan = price ? planForPriceId(price) : null;
    if (plan) return plan;
  }
  return null;
}

/**
 * One payments row per paid invoice: the unique invoice id makes a redelivered or duplicated
 * invoice.paid a no-op. Only invoices of our users or our prices are ours to count.
 */
export async function recordInvoicePayment(
  tx: TTransaction,
  invoice: Stripe.Invoice,
  context: { userId: string | null; fallbackPaidAt: Date },
): Promise<"recorded" | "already_recorded" | "not_ours"> {
  const customerId = stripeId(invoice.customer);
  const plan = invoicePlan(invoice);
  if (!customerId || (!context.userId && !plan)) return "not_ours";
  const period = servicePeriod(invoice);
  const inserted = await tx
    .insert(payments)
    .values({
      stripeInvoiceId: invoice.id,
      userId: context.userId,
      stripeCustomerId: customerId,
      stripeSubscriptionId: invoiceSubscriptionId(invoice),
      plan,
      amountCents: invoice.amount_paid,
      currency: invoice.currency,
      periodStart: period.start,
      periodEnd: period.end,
      paidAt: fromUnix(invoice.status_transitions?.paid_at) ?? context.fallbackPaidAt,
    })
    .onConflictDoNothing({ target: payments.stripeInvoiceId })
    .returning({ id: payments.id });
  return inserted.length > 0 ? "recorded" : "already_recorded";
}
