/**
 * The billing success page's wait for Stripe's webhook: the user's subscription summary now and
 * whenever their plan changes (sync-subscription.ts notifies), until it comes from a paid subscription.
 */
import { createHash } from "node:crypto";
import type { TDbOrTx } from "@/db";
import { realtimeKey } from "@/server/realtime/events";
import { versionedUpdates, type TUpdateOptions } from "@/server/realtime/versioned-updates";
import { subscriptionSummary, type TSubscriptionSummary } from "./subscription-summary";

export async function* planUpdates(
  db: TDbOrTx,
  userId: string,
  options: TUpdateOptions = {},
): AsyncGenerator<{ version: string; summary: TSubscriptionSummary }, void, undefined> {
  const source = {
    key: realtimeKey.plan(userId),
    owner: userId,
    read: () => subscriptionSummary(db, userId),
    version: (summary: TSubscriptionSummary) => createHash("sha256").update(JSON.stringify(summary)).digest("base64url").slice(0, 16),
    settled: (summary: TSubscriptionSummary) => summary.source === "subscription",
  };
  for await (const { version, value } of versionedUpdates(source, options)) yield { version, summary: value };
}
