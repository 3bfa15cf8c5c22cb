/**
 * Checkout on a server without Stripe: the contract's 503 with Retry-After, in words for the person
 * asking; the setting names are for the operator (the log, the admin console), never the response.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { isBillingConfigured } from "@/server/billing/stripe-client";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { handleRestRequest, REST_PREFIX } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);

describe("billing not configured", () => {
  it.skipIf(isBillingConfigured())("answers checkout with 503 and Retry-After, without the server's setting names", async () => {
    const { user } = await verifiedTestUser(db, "billing-off");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    const { accessToken } = await issueTokenPair(db, row!);
    const response = await handle(
      new Request(`http://localhost:3999${REST_PREFIX}/billing/checkout`, {
        method: "POST",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json", "x-forwarded-for": "203.0.113.91" },
        body: JSON.stringify({ plan: "pro" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.message).not.toMatch(/STRIPE_/);
  });
});
