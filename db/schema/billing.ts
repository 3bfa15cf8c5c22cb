import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, formerUserColumn, idColumn, momentColumn, nowColumn, ownedRowColumns, timestampColumns } from "./columns";
import { PLAN_IDS } from "@/server/contracts/vocabulary/plans";
import { users } from "./users";

export const planEnum = pgEnum("plan", PLAN_IDS);

/**
 * Which Stripe customer is which user. Written only by us (createCheckout), so it is the one
 * thing webhook handlers trust to find a user: never metadata or ids carried by the event alone.
 */
export const stripeCustomers = pgTable(
  "stripe_customers",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    stripeCustomerId: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("stripe_customers_customer_unique").on(table.stripeCustomerId)],
);

/**
 * Each Stripe subscription as Stripe last described it. Rows are only ever overwritten with the
 * subscription retrieved from Stripe's API, never with an event's snapshot, so redelivered or
 * out-of-order events converge on the same state.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    ...ownedRowColumns(),
    stripeSubscriptionId: text().notNull(),
    stripeCustomerId: text().notNull(),
    plan: planEnum().notNull(),
    /** Stripe's status as is (active, trialing, past_due, canceled, unpaid, incomplete…): text, so a new one never fails a sync. */
    status: text().notNull(),
    priceId: text().notNull(),
    /** The price per interval, for MRR (unit_amount × quantity). */
    amountCents: integer().notNull().default(0),
    currency: text().notNull().default("usd"),
    /** "month" or "year" (Stripe's recurring.interval) and its count. */
    billingInterval: text().notNull().default("month"),
    billingIntervalCount: integer().notNull().default(1),
    currentPeriodStart: momentColumn(),
    currentPeriodEnd: momentColumn(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    canceledAt: momentColumn(),
    /**
     * Set when we cancelled this subscription ourselves because the customer had a second one at
     * once (two checkouts paid): the Stripe id of the subscription kept instead, and when. Written
     * once, so the user is told once however often the events are replayed; sync never touches it.
     */
    replacedBySubscriptionId: text(),
    canceledAsDuplicateAt: momentColumn(),
    ...timestampColumns(),
  },
  (table) => [
    uniqueIndex("subscriptions_stripe_id_unique").on(table.stripeSubscriptionId),
    index("subscriptions_user_idx").on(table.userId),
    index("subscriptions_status_idx").on(table.status),
  ],
);

/**
 * Every Stripe event we accepted, once (the unique event id makes redeliveries no-ops). The
 * verified payload is kept so the job can apply it; processed_at is set in the transaction that
 * applies its effect, so an unprocessed row with last_error is an event that still needs attention.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: idColumn(),
    stripeEventId: text().notNull(),
    type: text().notNull(),
    livemode: boolean().notNull().default(false),
    payload: jsonb().notNull(),
    /** When Stripe created the event (not when it reached us). */
    stripeCreatedAt: momentColumn().notNull(),
    receivedAt: nowColumn(),
    processedAt: momentColumn(),
    /** What processing did: "applied", or why it was ignored (e.g. an unknown customer). */
    outcome: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    /** Set when the queue gave up after its last retry; cleared by a replay. */
    failedAt: momentColumn(),
  },
  (table) => [
    uniqueIndex("stripe_events_event_id_unique").on(table.stripeEventId),
    index("stripe_events_unprocessed_idx").on(table.receivedAt).where(sql`${table.processedAt} is null`),
  ],
);

/** One row per paid invoice (unique), so a payment is counted once however often Stripe tells us. */
export const payments = pgTable(
  "payments",
  {
    id: idColumn(),
    stripeInvoiceId: text().notNull(),
    /** Null once the account is deleted: the revenue stays counted. */
    userId: formerUserColumn(),
    stripeCustomerId: text().notNull(),
    stripeSubscriptionId: text(),
    plan: planEnum(),
    amountCents: integer().notNull(),
    currency: text().notNull(),
    periodStart: momentColumn(),
    periodEnd: momentColumn(),
    paidAt: momentColumn().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("payments_invoice_unique").on(table.stripeInvoiceId),
    index("payments_paid_at_idx").on(table.paidAt),
    index("payments_user_idx").on(table.userId),
    check("payments_amount_nonnegative", sql`${table.amountCents} >= 0`),
  ],
);

/** Plans given by an administrator (support, partners), with an end date. */
export const planGrants = pgTable(
  "plan_grants",
  {
    ...ownedRowColumns(),
    plan: planEnum().notNull(),
    startsAt: nowColumn(),
    endsAt: momentColumn().notNull(),
    grantedBy: formerUserColumn(),
    note: text().notNull().default(""),
    revokedAt: momentColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("plan_grants_user_idx").on(table.userId, table.endsAt),
    check("plan_grants_ends_after_start", sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** "One interview left" emails sent, so each quota window gets at most one per plan. */
export const quotaNotices = pgTable(
  "quota_notices",
  {
    ...ownedRowColumns(),
    plan: planEnum().notNull(),
    sentAt: nowColumn(),
  },
  (table) => [index("quota_notices_user_sent_idx").on(table.userId, table.sentAt)],
);

/**
 * Starts of interviews the candidate deleted while they still counted toward the plan's quota:
 * deleting an interview removes its row, and without this its start would stop counting, so
 * "delete, start again" would be unlimited interviews on any plan. Only the moment is kept.
 */
export const deletedInterviewStarts = pgTable(
  "deleted_interview_starts",
  {
    ...ownedRowColumns(),
    startedAt: momentColumn().notNull(),
  },
  (table) => [index("deleted_interview_starts_user_started_idx").on(table.userId, table.startedAt)],
);

export type TStripeCustomerRow = typeof stripeCustomers.$inferSelect;
export type TSubscriptionRow = typeof subscriptions.$inferSelect;
export type TStripeEventRow = typeof stripeEvents.$inferSelect;
export type TPaymentRow = typeof payments.$inferSelect;
export type TPlanGrantRow = typeof planGrants.$inferSelect;
