/**
 * The bearer check keeps tokens it verified (access-token.ts): it must still accept and refuse
 * exactly what jose's jwtVerify (WebCrypto) does with the same options, on the first request and on
 * every later one, and a kept token must stop working the second it expires.
 */
import { createHmac } from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getEnv, resetEnvCache } from "@/server/env";
import { MAX_VERIFIED_TOKENS, signAccessToken, verifyAccessToken } from "./access-token";

const claims = { userId: "2b7e1516-28ae-4d2a-9f1c-1f0a5c3b7e11", sessionVersion: 3, familyId: "fam-1" };
const key = () => new TextEncoder().encode(`api-access-token:${getEnv().AUTH_SECRET}`);
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function forge(payload: JWTPayload, options: { key?: Uint8Array; alg?: string } = {}): Promise<string> {
  return new SignJWT({ sv: claims.sessionVersion, fam: claims.familyId, sub: claims.userId, iss: "rehearse", aud: "rehearse-api", iat: now(), exp: now() + 60, ...payload })
    .setProtectedHeader({ alg: options.alg ?? "HS256", typ: "JWT" })
    .sign(options.key ?? key());
}

function signRaw(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${createHmac("sha256", key()).update(signingInput).digest("base64url")}`;
}

/** jose's verdict with the options the API's tokens are made for (an expiry required), plus the claims the API needs. */
async function joseAccepts(token: string): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: "rehearse", audience: "rehearse-api", algorithms: ["HS256"], requiredClaims: ["exp"] });
    return typeof payload.sub === "string" && typeof payload.sv === "number" && typeof payload.fam === "string";
  } catch {
    return false;
  }
}

async function corpus(): Promise<Record<string, string>> {
  const good = await signAccessToken(claims);
  const [header, payload, signature] = good.split(".") as [string, string, string];
  const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
  return {
    good,
    "audience list": await forge({ aud: ["other", "rehearse-api"] }),
    "tampered signature": `${header}.${payload}.${flipped}`,
    "tampered payload": `${header}.${base64url({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "someone-else" })}.${signature}`,
    "other key": await forge({}, { key: new TextEncoder().encode("another-secret-0123456789abcdef0123") }),
    "HS512": await forge({}, { alg: "HS512" }),
    "alg none": `${base64url({ alg: "none", typ: "JWT" })}.${payload}.`,
    expired: await forge({ exp: now() - 1 }),
    "expires now": await forge({ exp: now() }),
    "not yet valid": await forge({ nbf: now() + 60 }),
    "valid since": await forge({ nbf: now() - 5 }),
    "wrong issuer": await forge({ iss: "someone" }),
    "wrong audience": await forge({ aud: "another-api" }),
    "iat not a number": await forge({ iat: "yesterday" as unknown as number }),
    "sv not a number": await forge({ sv: "3" as unknown as number }),
    "no family": await forge({ fam: undefined }),
    "no expiry": signRaw({ alg: "HS256", typ: "JWT" }, { sub: claims.userId, sv: 3, fam: "fam-1", iss: "rehearse", aud: "rehearse-api" }),
    "critical header": signRaw({ alg: "HS256", crit: ["exp"], exp: now() + 60 }, { sub: claims.userId, sv: 3, fam: "fam-1", iss: "rehearse", aud: "rehearse-api", exp: now() + 60 }),
    malformed: `${good}x!`,
    "two parts": `${header}.${payload}`,
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("verifyAccessToken with kept tokens", () => {
  it("accepts and refuses exactly what jose does, on the first check and on the repeats", async () => {
    const tokens = await corpus();
    for (const [name, token] of Object.entries(tokens)) {
      const expected = await joseAccepts(token);
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await verifyAccessToken(token)) !== null, `${name}, check ${attempt}`).toBe(expected);
      }
    }
    expect(await verifyAccessToken(tokens.good!)).toEqual(claims);
  });

  it("stops accepting a kept token the second it expires", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T03:00:00Z"), toFake: ["Date"] });
    const token = await forge({ exp: now() + 2 });
    expect(await verifyAccessToken(token)).toEqual(claims);
    vi.setSystemTime(new Date("2026-12-01T03:00:01.999Z"));
    expect(await verifyAccessToken(token)).toEqual(claims);
    vi.setSystemTime(new Date("2026-12-01T03:00:02Z"));
    expect(await joseAccepts(token)).toBe(false);
    expect(await verifyAccessToken(token)).toBeNull();
    expect(await verifyAccessToken(token)).toBeNull();
  });

  it("forgets kept tokens when AUTH_SECRET changes", async () => {
    const token = await signAccessToken(claims);
    expect(await verifyAccessToken(token)).toEqual(claims);
    vi.stubEnv("AUTH_SECRET", "a-different-secret-0123456789abcdef0123456789");
    resetEnvCache();
    expect(await verifyAccessToken(token)).toBeNull();
  });

  it("keeps at most MAX_VERIFIED_TOKENS, and one pushed out still verifies", async () => {
    const first = await forge({ jti: "first" });
    expect(await verifyAccessToken(first)).toEqual(claims);
    for (let i = 0; i < MAX_VERIFIED_TOKENS; i++) expect(await verifyAccessToken(await forge({ jti: `t${i}` }))).not.toBeNull();
    expect(await verifyAccessToken(first)).toEqual(claims);
  });
});
