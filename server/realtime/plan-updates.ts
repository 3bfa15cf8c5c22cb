/**
 * The billing success page's wait for Stripe's webhook: the user's subscription summary now and
 * whenever their plan changes (sync-subscription.ts notifies), until it comes from a paid subscription.
 */
import { createHash } from "node:crypto";
import type { TDbOrTx } from "@/db";
import { subscriptionSummary, type TSubscriptionSummary } from "@/server/billing/subscription-summary";
import { realtimeKey } from "./events";
import { openEventCursor } from "./event-cursor";
import { realtimeRecheckMs } from "./hub";

export async function* planUpdates(
  db: TDbOrTx,
  userId: string,
  options: { signal?: AbortSignal; lastVersion?: string | null } = {},
): AsyncGenerator<{ version: string; summary: TSubscriptionSummary }, void, undefined> {
  const cursor = openEventCursor([realtimeKey.plan(userId)]);
  try {
    let last = options.lastVersion ?? null;
    while (!options.signal?.aborted) {
      const summary = await subscriptionSummary(db, userId);
      const version = createHash("sha256").update(JSON.stringify(summary)).digest("base64url").slice(0, 16);
      if (version !== last) {
        last = version;
        yield { version, summary };
      }
      if (summary.source === "subscription") return;
      await cursor.wait(realtimeRecheckMs(), options.signal);
    }
  } finally {
    cursor.close();
  }
}
