import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { getEnv } from "@/server/env";
import { queueEmail } from "@/server/mail/send-email";
import { formatMoney, paymentFailedEmail } from "../billing-emails";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { invoiceSubscriptionId } from "../record-payment";
import { stripeId } from "../stripe-ids";
import { userIdForCustomer } from "../stripe-customers";
import { syncCustomerSubscription } from "../resolve-duplicate-subscriptions";
import type { TStripeEventHandler } from "./types";

/**
 * A renewal (or first) payment failed: the subscription syncs to what Stripe says now (past_due,
 * usually), and the user gets an email, in the same transaction, asking to update their card.
 */
export const invoicePaymentFailed: TStripeEventHandler<"invoice.payment_failed"> = async ({ tx, stripe, event }) => {
  const invoice = event.data.object;
  const customerId = stripeId(invoice.customer);
  const userId = customerId ? await userIdForCustomer(tx, customerId) : null;
  if (!userId) return `ignored: customer ${customerId ?? "(none)"} is not mapped to a user`;

  const subscriptionId = invoiceSubscriptionId(invoice);
  const synced = subscriptionId ? await syncCustomerSubscription(tx, stripe, { customerId, subscriptionId }) : null;
  const [user] = await tx.select({ email: users.email, name: users.name, language: users.language }).from(users).where(eq(users.id, userId));
  if (!user) return "ignored: the account no longer exists";
  const planName = synced?.applied && synced.plan !== "free" ? PLANS[synced.plan].name : null;
  await queueEmail(tx, {
    to: user.email,
    ...paymentFailedEmail({
      name: user.name,
      locale: user.language,
      amount: invoice.amount_due > 0 ? formatMoney(invoice.amount_due, invoice.currency, user.language) : null,
      planName,
      link: `${getEnv().APP_URL}/settings#billing`,
    }),
  });
  return "applied";
};
