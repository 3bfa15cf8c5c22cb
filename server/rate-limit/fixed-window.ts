/**
 * Fixed-window rate limiting in PostgreSQL, so every web process and worker shares one count.
 * Each call is a single INSERT … ON CONFLICT DO UPDATE: the row lock it takes makes concurrent
 * calls for one key queue up, so a burst of N parallel requests with limit L lets exactly L through.
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { rateLimits } from "@/db/schema/rate-limits";
import { AppError } from "@/server/errors";

export interface RateLimitPolicy {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the current window ends and the count starts again from zero. */
  resetAt: Date;
  /** 0 when allowed; otherwise whole seconds until the window resets (at least 1). */
  retryAfterSeconds: number;
}

export const SIGNUP_PER_IP = { limit: 5, windowMs: 60_000 } as const satisfies RateLimitPolicy;
export const FORGOT_PASSWORD_PER_EMAIL = { limit: 3, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
export const ANALYSIS_PER_USER = { limit: 30, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** One client asking for reset links for many addresses. */
export const FORGOT_PASSWORD_PER_IP = { limit: 10, windowMs: 900_000 } as const satisfies RateLimitPolicy;
/** Reset attempts from one client, whatever the token: guessing tokens gets nowhere fast. */
export const RESET_PASSWORD_PER_IP = { limit: 10, windowMs: 900_000 } as const satisfies RateLimitPolicy;
/** Attempts with one token (the link lives 1 h): room for a few refused passwords, not a flood. */
export const RESET_PASSWORD_PER_TOKEN = { limit: 5, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** Public contact-form messages from one client (no account needed, so the IP is all there is to count). */
export const CONTACT_PER_IP = { limit: 5, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** Tickets, ticket replies and score disputes from one account: each lands in a person's inbox or review queue. */
export const SUPPORT_PER_USER = { limit: 20, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** Model calls for one account's job targets (requirement lists, questions for gaps): past it, the rules' result, no call. */
export const JOB_AI_PER_USER = { limit: 30, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** Voice recordings uploaded by one account: each is stored and transcribed (a paid call with an AI engine). */
export const RECORDINGS_PER_USER = { limit: 60, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;
/** "Someone tried to sign up with your address" emails per account, so the owner's inbox cannot be flooded. */
export const SIGNUP_NOTICE_PER_ACCOUNT = { limit: 1, windowMs: 3_600_000 } as const satisfies RateLimitPolicy;

function assertValidPolicy({ limit, windowMs }: RateLimitPolicy): void {
  if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(windowMs) || windowMs < 1) {
    throw new AppError("INTERNAL", "A rate-limit policy needs a whole limit ≥ 1 and a whole windowMs ≥ 1.", { limit, windowMs });
  }
}

/** Counts one request against `key` and says whether it may proceed. */
export async function consumeRateLimit(
  db: Pick<TDatabase, "insert">,
  { key, limit, windowMs }: { key: string } & RateLimitPolicy,
): Promise<RateLimitResult> {
  assertValidPolicy({ limit, windowMs });
  // Times come from the database clock only, so app servers with skewed clocks agree on windows.
  const windowExpired = sql`${rateLimits.windowStartedAt} + ${windowMs}::double precision * interval '1 millisecond' <= now()`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: sql`now()`, updatedAt: sql`now()` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        // Capped at limit + 1: refused requests keep the key refused without the count growing without bound.
        count: sql`case when ${windowExpired} then 1 else least(${rateLimits.count}, ${limit}) + 1 end`,
        windowStartedAt: sql`case when ${windowExpired} then now() else ${rateLimits.windowStartedAt} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt, now: rateLimits.updatedAt });
  if (!row) throw new AppError("INTERNAL", "The rate-limit counter returned no row.", { key });

  const resetAt = new Date(row.windowStartedAt.getTime() + windowMs);
  const allowed = row.count <= limit;
  const msUntilReset = Math.max(0, resetAt.getTime() - row.now.getTime());
  return {
    allowed,
    limit,
    remaining: Math.max(0, limit - row.count),
    resetAt,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msUntilReset / 1000)),
  };
}

/**
 * Response headers from the IETF draft "RateLimit header fields for HTTP" (RateLimit-Reset is
 * delta-seconds), plus Retry-After (RFC 9110) on a refusal.
 */
export function rateLimitHeaders(result: RateLimitResult, now: Date = new Date()): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((result.resetAt.getTime() - now.getTime()) / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(resetSeconds),
  };
  if (!result.allowed) headers["Retry-After"] = String(result.retryAfterSeconds);
  return headers;
}
