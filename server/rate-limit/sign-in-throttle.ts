/**
 * Throttling of password sign-in (OWASP ASVS V2.2.1), counted per account AND per client IP:
 * the account key stops a slow guesser rotating IPs, the IP key stops one client spraying many
 * accounts. IP alone is never the only key; when the IP is unknown only the account is counted.
 *
 * The numbers for the account key (consecutive failures n, counted in rate_limits.count); the IP key,
 * shared by everyone behind one address, starts delaying after 20 and locks at 100:
 *   n = 1…4    no delay: typos cost nothing.
 *   n = 5…14   the next attempt is refused for 2^(n-5) seconds: 1 s, 2 s, 4 s, … 512 s.
 *   n ≥ 15     refused for 15 minutes after every further failure (a soft lock: it always
 *              expires on its own, and the account's owner can lift it by resetting the password).
 *   24 h without a failure and the count starts again from zero.
 * A successful sign-in clears the account's count (not the IP's, or an attacker could reset it
 * with an account of their own). A successful password reset clears it too, and the reset flow
 * itself must never call checkSignIn: proving control of the mailbox is the way out of a lock.
 *
 * Every write is one statement on rate_limits; rate_limits.blocked_until holds the refusal.
 * Delays are measured on the wall clock (clock_timestamp()), not from the transaction's start (now()):
 * a sign-in's transaction waits for the per-account lock behind the parallel guesses queued before it,
 * so a delay counted from its start could already be over when the failure is written.
 */
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { rateLimits } from "@/db/schema/rate-limits";
import { normalizeEmail } from "@/server/contracts/email";

export const SIGN_IN_FREE_FAILURES = 4;
export const SIGN_IN_LOCK_FAILURES = 15;
export const SIGN_IN_LOCK_SECONDS = 15 * 60;
/** Per-IP numbers: many people can share one address, so it takes more failures to slow it down. */
export const SIGN_IN_IP_FREE_FAILURES = 20;
export const SIGN_IN_IP_LOCK_FAILURES = 100;
export const SIGN_IN_FAILURE_MEMORY_HOURS = 24;

export interface SignInSubject {
  email: string;
  /** The client IP as resolved behind trusted proxies; null when unknown. */
  ip: string | null;
}

export type TSignInCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Same normalisation as users.email (trimmed, lower-cased), so "Ann@X.com " and "ann@x.com" share a count. */
export function accountSignInKey(email: string): string {
  return `signin:acct:${normalizeEmail(email)}`;
}

export function ipSignInKey(ip: string): string {
  return `signin:ip:${ip.trim().toLowerCase()}`;
}

/** Account key first, always: concurrent multi-row upserts lock rows in one order, so they cannot deadlock. */
function signInKeys({ email, ip }: SignInSubject): string[] {
  const keys = [accountSignInKey(email)];
  if (ip && ip.trim()) keys.push(ipSignInKey(ip));
  return keys;
}

/** Whether a password may be checked now; when not, how long the client should wait. */
export async function checkSignIn(db: TDbOrTx, subject: SignInSubject): Promise<TSignInCheck> {
  const rows = await db
    .select({ secondsLeft: sql<number>`ceil(extract(epoch from ${rateLimits.blockedUntil} - clock_timestamp()))`.mapWith(Number) })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, signInKeys(subject)), gt(rateLimits.blockedUntil, sql`clock_timestamp()`)));
  if (rows.length === 0) return { allowed: true };
  const retryAfterSeconds = Math.max(1, ...rows.map((row) => row.secondsLeft));
  return { allowed: false, retryAfterSeconds };
}

/** Counts one failed password check against the account and the IP, and sets the next delay. */
export async function recordSignInFailure(db: TDbOrTx, subject: SignInSubject): Promise<void> {
  const isStale = sql`${rateLimits.updatedAt} <= now() - make_interval(hours => ${SIGN_IN_FAILURE_MEMORY_HOURS})`;
  const failures = sql`(case when ${isStale} then 1 else ${rateLimits.count} + 1 end)`;
  // 2^(n-free-1) is computed from n only, so the delay for a given count is the same whichever process
  // records it. An IP is shared (offices, mobile carriers, NAT), so its key tolerates more failures.
  const isIpKey = sql`${rateLimits.key} like 'signin:ip:%'`;
  const free = sql`(case when ${isIpKey} then ${SIGN_IN_IP_FREE_FAILURES}::int else ${SIGN_IN_FREE_FAILURES}::int end)`;
  const lock = sql`(case when ${isIpKey} then ${SIGN_IN_IP_LOCK_FAILURES}::int else ${SIGN_IN_LOCK_FAILURES}::int end)`;
  const blockedUntil = sql`case
    when ${failures} >= ${lock} then clock_timestamp() + make_interval(secs => ${SIGN_IN_LOCK_SECONDS})
    when ${failures} > ${free} then clock_timestamp() + make_interval(secs => power(2, least(${failures} - ${free} - 1, 9)))
    else null end`;
  await db
    .insert(rateLimits)
    .values(signInKeys(subject).map((key) => ({ key, count: 1, windowStartedAt: sql`now()`, updatedAt: sql`now()` })))
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: failures,
        windowStartedAt: sql`case when ${isStale} then now() else ${rateLimits.windowStartedAt} end`,
        blockedUntil,
        updatedAt: sql`now()`,
      },
    });
}

/** Forgets the account's failures (and so its delay or lock). The IP's count is kept on purpose. */
export async function clearAccountSignInFailures(db: TDbOrTx, email: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, accountSignInKey(email)));
}

export async function recordSignInSuccess(db: TDbOrTx, { email }: SignInSubject): Promise<void> {
  await clearAccountSignInFailures(db, email);
}
