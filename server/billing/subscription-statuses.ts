/** Stripe subscription statuses, grouped by what they mean for billing. */

/** Subscriptions Stripe still bills (or will again): a new checkout would add a second charge. */
export const LIVE_STATUSES: readonly string[] = ["active", "trialing", "past_due", "unpaid", "paused"];

/** Statuses in which a subscription will never bill again. */
export const ENDED_SUBSCRIPTION_STATUSES: readonly string[] = ["canceled", "incomplete_expired"];
