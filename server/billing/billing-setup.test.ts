import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/server/env";
import { billingSetup, BILLING_VARIABLES } from "./billing-setup";

const saved = BILLING_VARIABLES.map((name) => process.env[name]);

afterEach(() => {
  BILLING_VARIABLES.forEach((name, index) => {
    if (saved[index] === undefined) delete process.env[name];
    else process.env[name] = saved[index];
  });
  resetEnvCache();
});

describe("billingSetup", () => {
  it("names every missing Stripe variable (never a value) and the webhook URL", () => {
    for (const name of BILLING_VARIABLES) delete process.env[name];
    process.env.STRIPE_SECRET_KEY = "sk_test_secret_value";
    resetEnvCache();
    const setup = billingSetup();
    expect(setup).toMatchObject({ configured: false, missing: ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_PRO", "STRIPE_PRICE_PREMIUM"] });
    expect(setup.webhookUrl).toMatch(/\/api\/webhooks\/stripe$/);
    expect(JSON.stringify(setup)).not.toContain("sk_test_secret_value");
  });

  it("is configured with all four", () => {
    for (const name of BILLING_VARIABLES) process.env[name] = `value_${name}`;
    resetEnvCache();
    expect(billingSetup()).toMatchObject({ configured: true, missing: [] });
  });
});
