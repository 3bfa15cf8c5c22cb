import { consumeRateLimit, rateLimitHeaders, type RateLimitPolicy } from "@/server/rate-limit/fixed-window";
import { AppError, secondsText } from "@/server/errors";
import type { TContext } from "./trpc";

/**
 * Counts a request against a limit, puts the RateLimit-* headers on the response, and refuses
 * with RATE_LIMITED (429 + Retry-After) past it. No subject (an in-process caller without an IP) → no limit.
 */
export async function enforceRateLimit(ctx: TContext, bucket: string, subject: string | null, policy: RateLimitPolicy): Promise<void> {
  if (!subject) return;
  const result = await consumeRateLimit(ctx.db, { key: `${bucket}:${subject}`, ...policy });
  Object.assign(ctx.res.headers, rateLimitHeaders(result));
  if (!result.allowed) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(result.retryAfterSeconds)}.`, {
      retryAfterSeconds: result.retryAfterSeconds,
      resetsAt: result.resetAt.toISOString(),
    });
  }
}
