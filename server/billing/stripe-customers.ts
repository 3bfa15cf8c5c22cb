/**
 * The user ↔ Stripe customer mapping. We create every customer ourselves (at checkout), so a
 * customer id without a row here is not one of our users, whatever its metadata says.
 */
import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { TDatabase, TDbOrTx } from "@/db";
import { stripeCustomers } from "@/db/schema";

export async function userIdForCustomer(db: TDbOrTx, stripeCustomerId: string): Promise<string | null> {
  const [row] = await db.select({ userId: stripeCustomers.userId }).from(stripeCustomers).where(eq(stripeCustomers.stripeCustomerId, stripeCustomerId));
  return row?.userId ?? null;
}

export async function customerIdForUser(db: TDbOrTx, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: stripeCustomers.stripeCustomerId }).from(stripeCustomers).where(eq(stripeCustomers.userId, userId));
  return row?.id ?? null;
}

/**
 * The user's Stripe customer, created on first use. A per-user lock makes a double-click wait for
 * the first request's customer; the idempotency key makes Stripe answer a retry (after our insert
 * failed, say) with the customer it already created instead of a second one.
 */
export async function ensureStripeCustomer(
  db: TDatabase,
  stripe: Stripe,
  user: { id: string; email: string; name: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`stripe-customer:${user.id}`}))`);
    const existing = await customerIdForUser(tx, user.id);
    if (existing) return existing;
    const customer = await stripe.customers.create(
      { email: user.email, ...(user.name ? { name: user.name } : {}), metadata: { userId: user.id } },
      { idempotencyKey: `rehearse-customer-${user.id}` },
    );
    await tx.insert(stripeCustomers).values({ userId: user.id, stripeCustomerId: customer.id });
    return customer.id;
  });
}
