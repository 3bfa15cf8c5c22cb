import { describe, expect, it } from "vitest";
import { asSessionUser, callerFor, registerTestUser } from "@/test/helpers/caller";
import { AuthBrowser } from "@/test/helpers/auth-handlers";
import { connectTestDb } from "@/test/helpers/db";
import { authRoute } from "./auth-route";
import { cachedSessionClaims, cachedSessionCount, CLAIMS_TTL_MS, clearSessionClaimsCache, MAX_ENTRIES, type TSessionClaims } from "./session-claims-cache";
import { readCookieSession } from "./session-cookie";

const db = connectTestDb();
const claims: TSessionClaims = { uid: "u1", sv: 1, sid: "s1" };
const input = (token: string, secret = "secret-a") => ({ token, secret, salt: "authjs.session-token" });

function countingDecoder(expiresAtSeconds: number | null = null) {
  let calls = 0;
  const decode = async () => {
    calls += 1;
    return { claims, expiresAtSeconds };
  };
  return { decode, calls: () => calls };
}

describe("decoded session cookies are cached briefly", () => {
  it("decodes a cookie once, then answers from the cache until the entry's time is up", async () => {
    clearSessionClaimsCache();
    const decoder = countingDecoder();
    const now = 1_000_000;
    expect(await cachedSessionClaims(input("cookie-1"), decoder.decode, now)).toEqual(claims);
    expect(await cachedSessionClaims(input("cookie-1"), decoder.decode, now + 1000)).toEqual(claims);
    expect(decoder.calls()).toBe(1);
    await cachedSessionClaims(input("cookie-1"), decoder.decode, now + CLAIMS_TTL_MS + 1);
    expect(decoder.calls()).toBe(2);
  });

  it("never keeps an entry past the token's own expiry, nor a token already expired", async () => {
    clearSessionClaimsCache();
    const now = 2_000_000;
    const soon = countingDecoder(now / 1000 + 2);
    await cachedSessionClaims(input("cookie-exp"), soon.decode, now);
    await cachedSessionClaims(input("cookie-exp"), soon.decode, now + 2001);
    expect(soon.calls()).toBe(2);
    const expired = countingDecoder(now / 1000 - 1);
    await cachedSessionClaims(input("cookie-old"), expired.decode, now);
    expect(cachedSessionCount()).toBe(0);
  });

  it("keeps nothing the decoder rejects, and starts over when the secret changes", async () => {
    clearSessionClaimsCache();
    let calls = 0;
    const reject = async () => {
      calls += 1;
      return null;
    };
    expect(await cachedSessionClaims(input("forged"), reject)).toBeNull();
    expect(await cachedSessionClaims(input("forged"), reject)).toBeNull();
    expect(calls).toBe(2);
    const decoder = countingDecoder();
    await cachedSessionClaims(input("cookie-2", "secret-a"), decoder.decode);
    await cachedSessionClaims(input("cookie-2", "secret-b"), decoder.decode);
    expect(decoder.calls()).toBe(2);
    expect(cachedSessionCount()).toBe(1);
  });

  it("is bounded: the least recently used cookie goes first", async () => {
    clearSessionClaimsCache();
    const decoder = countingDecoder();
    await cachedSessionClaims(input("first"), decoder.decode);
    await cachedSessionClaims(input("second"), decoder.decode);
    await cachedSessionClaims(input("first"), decoder.decode); // used again: now the most recent
    for (let index = 0; index < MAX_ENTRIES - 1; index += 1) await cachedSessionClaims(input(`filler-${index}`), decoder.decode);
    expect(cachedSessionCount()).toBe(MAX_ENTRIES);
    const calls = decoder.calls();
    await cachedSessionClaims(input("first"), decoder.decode);
    expect(decoder.calls()).toBe(calls);
    await cachedSessionClaims(input("second"), decoder.decode);
    expect(decoder.calls()).toBe(calls + 1);
  });

  it("a cached cookie still ends at once on sign-out everywhere: validity is checked on every request", async () => {
    clearSessionClaimsCache();
    const { user, email, password } = await registerTestUser(db, "claims-cache");
    const browser = new AuthBrowser(authRoute);
    await browser.signIn(email, password);
    const cookie = browser.sessionCookie()!;
    expect(await readCookieSession(db, [cookie])).toMatchObject({ state: "valid", userId: user.id });
    const cached = cachedSessionCount();
    expect(cached).toBeGreaterThan(0);
    expect(await readCookieSession(db, [cookie])).toMatchObject({ state: "valid", userId: user.id });
    expect(cachedSessionCount()).toBe(cached);
    await callerFor(db, { user: asSessionUser(user) }).caller.auth.signOutEverywhere();
    expect(await readCookieSession(db, [cookie])).toEqual({ state: "invalid" });
  });
});
