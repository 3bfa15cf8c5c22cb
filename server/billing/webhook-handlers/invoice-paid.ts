import { fromUnix, stripeId } from "../stripe-ids";
import { userIdForCustomer } from "../stripe-customers";
import { invoiceSubscriptionId, recordInvoicePayment } from "../record-payment";
import { syncCustomerSubscription } from "../resolve-duplicate-subscriptions";
import type { TStripeEventHandler } from "./types";

/** Counts the payment once (unique invoice) and syncs the subscription, whose period a renewal moved on. */
export const invoicePaid: TStripeEventHandler<"invoice.paid"> = async ({ tx, stripe, event }) => {
  const invoice = event.data.object;
  const customerId = stripeId(invoice.customer);
  const userId = customerId ? await userIdForCustomer(tx, customerId) : null;
  const payment = await recordInvoicePayment(tx, invoice, { userId, fallbackPaidAt: fromUnix(event.created) ?? new Date() });
  if (payment === "not_ours") return `ignored: customer ${customerId ?? "(none)"} is not mapped to a user`;
  const subscriptionId = invoiceSubscriptionId(invoice);
  if (userId && subscriptionId) {
    const outcome = await syncCustomerSubscription(tx, stripe, { customerId, subscriptionId });
    if (!outcome.applied) return `payment ${payment}; subscription ignored: ${outcome.reason}`;
  }
  return payment === "recorded" ? "applied" : "applied: payment was already recorded";
};
