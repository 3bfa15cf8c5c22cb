import { getEnv } from "@/server/env";

/** What this server can do, so admin pages disable actions with the reason instead of failing. */
export function adminCapabilities() {
  const env = getEnv();
  return {
    aiConfigured: Boolean(env.OPENAI_API_KEY),
    aiModel: env.OPENAI_API_KEY ? env.AI_MODEL : null,
    billingConfigured: Boolean(env.STRIPE_SECRET_KEY),
  };
}
