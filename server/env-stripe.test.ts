/** Stripe's variables are checked by their prefixes, so a key or id of the wrong kind stops start-up. */
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const VALID = { STRIPE_SECRET_KEY: "sk_test_51abc", STRIPE_WEBHOOK_SECRET: "whsec_abc123", STRIPE_PRICE_PRO: "price_1Pro", STRIPE_PRICE_PREMIUM: "price_1Premium" };

function problemsWith(overrides: Record<string, string>): string[] {
  try {
    parseEnv({ ...VALID, ...overrides });
    return [];
  } catch (error) {
    return error instanceof EnvError ? error.problems : [String(error)];
  }
}

describe("Stripe variables", () => {
  it("accept test, live and restricted keys, signing secrets and price ids", () => {
    expect(problemsWith({})).toEqual([]);
    expect(problemsWith({ STRIPE_SECRET_KEY: "sk_live_xyz" })).toEqual([]);
    expect(problemsWith({ STRIPE_SECRET_KEY: "rk_live_xyz" })).toEqual([]);
  });

  it("refuse a publishable key, a product id and a secret of the wrong kind, naming the variable", () => {
    expect(problemsWith({ STRIPE_SECRET_KEY: "pk_test_oops" })).toEqual([expect.stringMatching(/^STRIPE_SECRET_KEY: expected a secret key .*not a publishable pk_ key$/)]);
    expect(problemsWith({ STRIPE_PRICE_PRO: "prod_123" })).toEqual([expect.stringMatching(/^STRIPE_PRICE_PRO: expected a price id/)]);
    expect(problemsWith({ STRIPE_WEBHOOK_SECRET: "sk_test_51abc" })).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET: expected the webhook endpoint's signing secret/)]);
  });
});
