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
    setEnv(each((name) => `value_${name}`));
    expect(billingSetup()).toMatchObject({ configured: true, missing: [] });
  });
});
