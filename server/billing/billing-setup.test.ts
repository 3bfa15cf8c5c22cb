import { describe, expect, it } from "vitest";
import { setEnv } from "@/test/helpers/env-overrides";
import { billingSetup, BILLING_VARIABLES } from "./billing-setup";

const each = (value: (name: string) => string | undefined) => Object.fromEntries(BILLING_VARIABLES.map((name) => [name, value(name)]));

describe("billingSetup", () => {
  it("names every missing Stripe variable (never a value) and the webhook URL", () => {
    setEnv({ ...each(() => undefined), STRIPE_SECRET_KEY: "sk_test_secret_value" });
    const setup = billingSetup();
    expect(setup).toMatchObject({ configured: false, missing: ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_PRO", "STRIPE_PRICE_PREMIUM"] });
    expect(setup.webhookUrl).toMatch(/\/api\/webhooks\/stripe$/);
    expect(JSON.stringify(setup)).not.toContain("sk_test_secret_value");
  });

  it("is configured with all four", () => {
    // Well-formed values: start-up checks each variable's prefix (server/env.ts).
    const valid: Record<string, string> = { STRIPE_SECRET_KEY: "sk_test_value", STRIPE_WEBHOOK_SECRET: "whsec_value", STRIPE_PRICE_PRO: "price_pro", STRIPE_PRICE_PREMIUM: "price_premium" };
    setEnv(each((name) => valid[name]));
    expect(billingSetup()).toMatchObject({ configured: true, missing: [] });
  });
});
