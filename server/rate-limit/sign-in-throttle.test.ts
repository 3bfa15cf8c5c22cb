import { randomUUID } from "node:crypto";
import { eq, like, sql as drizzleSql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { rateLimits } from "@/db/schema/rate-limits";
import { uniqueEmail } from "@/test/helpers/unique-email";
import {
  accountSignInKey,
  checkSignIn,
  clearAccountSignInFailures,
  ipSignInKey,
  recordSignInFailure,
  recordSignInSuccess,
  SIGN_IN_IP_FREE_FAILURES,
  type SignInSubject,
} from "./sign-in-throttle";

const { db, sql } = createDb(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => sql.end());

/** Documentation-range IPv6 addresses, unique per test because all test files share one database. */
const uniqueIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

/** Simulates the current delay running out, instead of sleeping through it. */
async function letDelayPass(key: string): Promise<void> {
  await db.update(rateLimits).set({ blockedUntil: drizzleSql`now() - interval '1 second'` }).where(eq(rateLimits.key, key));
}

async function failTimes(subject: SignInSubject, times: number): Promise<void> {
  for (let failure = 0; failure < times; failure += 1) {
    await recordSignInFailure(db, subject);
    await letDelayPass(accountSignInKey(subject.email));
    if (subject.ip) await letDelayPass(ipSignInKey(subject.ip));
  }
}

describe("sign-in throttling per account", () => {
  it("lets the first 4 failures cost nothing", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: uniqueIp() };
    for (let failure = 1; failure <= 4; failure += 1) {
      await recordSignInFailure(db, subject);
      await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: true });
    }
  });

  it("then doubles the delay with each failure: 1 s, 2 s, 4 s, 8 s", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: null };
    await failTimes(subject, 4);
    for (const expectedSeconds of [1, 2, 4, 8]) {
      await recordSignInFailure(db, subject);
      await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: false, retryAfterSeconds: expectedSeconds });
      await letDelayPass(accountSignInKey(subject.email));
      await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: true });
    }
  });

  it("starts the delay when the failure is written, not when its transaction began (a guess queued behind others)", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: null };
    await failTimes(subject, 4);
    // A guess whose transaction waited 1.2 s for the per-account lock before its password was checked.
    await db.transaction(async (tx) => {
      await tx.execute(drizzleSql`select pg_sleep(1.2)`);
      await recordSignInFailure(tx, subject);
    });
    await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("locks the account for 15 minutes at 15 consecutive failures, from any IP", async () => {
    const email = uniqueEmail("throttle");
    await failTimes({ email, ip: null }, 14);
    await recordSignInFailure(db, { email, ip: null });
    const check = await checkSignIn(db, { email, ip: uniqueIp() });
    expect(check.allowed).toBe(false);
    if (!check.allowed) {
      expect(check.retryAfterSeconds).toBeGreaterThanOrEqual(899);
      expect(check.retryAfterSeconds).toBeLessThanOrEqual(900);
    }
  });

  it("treats differently written forms of one email as one account", async () => {
    const email = uniqueEmail("throttle");
    await failTimes({ email: `  ${email.toUpperCase()} `, ip: null }, 4);
    await recordSignInFailure(db, { email, ip: null });
    await expect(checkSignIn(db, { email: email.toUpperCase(), ip: null })).resolves.toMatchObject({ allowed: false });
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: null };
    await failTimes(subject, 6);
    await recordSignInSuccess(db, subject);
    await recordSignInFailure(db, subject);
    // Back to failure 1 of 4 free ones.
    await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: true });
  });

  it("lifts a lock with clearAccountSignInFailures (after a password reset)", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: null };
    await failTimes(subject, 14);
    await recordSignInFailure(db, subject);
    await expect(checkSignIn(db, subject)).resolves.toMatchObject({ allowed: false });
    await clearAccountSignInFailures(db, subject.email);
    await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: true });
  });

  it("forgets failures after 24 hours of quiet", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: null };
    await failTimes(subject, 10);
    await db
      .update(rateLimits)
      .set({ updatedAt: drizzleSql`now() - interval '25 hours'` })
      .where(eq(rateLimits.key, accountSignInKey(subject.email)));
    await recordSignInFailure(db, subject);
    await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: true });
    const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, accountSignInKey(subject.email)));
    expect(row?.count).toBe(1);
  });

  it("counts only the account when the IP is unknown", async () => {
    const email = uniqueEmail("throttle");
    await recordSignInFailure(db, { email, ip: null });
    const rows = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, `%${email}%`));
    expect(rows.map((row) => row.key)).toEqual([accountSignInKey(email)]);
  });
});

describe("sign-in throttling per IP", () => {
  it("blocks other accounts from the same IP only once the IP's own count passes the threshold", async () => {
    const ip = uniqueIp();
    // A spray: one failure each on many accounts leaves every account and the (shared) IP within their free failures.
    for (let account = 0; account < SIGN_IN_IP_FREE_FAILURES; account += 1) await recordSignInFailure(db, { email: uniqueEmail("throttle"), ip });
    await expect(checkSignIn(db, { email: uniqueEmail("throttle"), ip })).resolves.toEqual({ allowed: true });

    const fifth = { email: uniqueEmail("throttle"), ip };
    await recordSignInFailure(db, fifth);
    // One failure past the IP's free ones: a new account behind the same IP now waits 1 s…
    await expect(checkSignIn(db, { email: uniqueEmail("throttle"), ip })).resolves.toEqual({ allowed: false, retryAfterSeconds: 1 });
    // …while the same account from another IP, and other IPs, are unaffected.
    await expect(checkSignIn(db, { email: fifth.email, ip: uniqueIp() })).resolves.toEqual({ allowed: true });
    await expect(checkSignIn(db, { email: uniqueEmail("throttle"), ip: uniqueIp() })).resolves.toEqual({ allowed: true });
  });

  it("keeps the IP's count when an account signs in successfully", async () => {
    const ip = uniqueIp();
    const attacker = { email: uniqueEmail("throttle"), ip };
    await failTimes(attacker, 4);
    await recordSignInSuccess(db, attacker);
    for (let account = 4; account < SIGN_IN_IP_FREE_FAILURES; account += 1) await recordSignInFailure(db, { email: uniqueEmail("throttle"), ip });
    await recordSignInFailure(db, { email: uniqueEmail("throttle"), ip });
    await expect(checkSignIn(db, { email: uniqueEmail("throttle"), ip })).resolves.toMatchObject({ allowed: false });
  });

  it("reports the longer wait when both the account and the IP are delayed", async () => {
    const subject = { email: uniqueEmail("throttle"), ip: uniqueIp() };
    await failTimes({ email: subject.email, ip: null }, 7);
    await failTimes({ email: uniqueEmail("throttle"), ip: subject.ip }, 4);
    await recordSignInFailure(db, subject); // account: 8th failure → 8 s; IP: 5th, still free
    await expect(checkSignIn(db, subject)).resolves.toEqual({ allowed: false, retryAfterSeconds: 8 });
  });
});
