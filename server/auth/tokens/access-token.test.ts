import { createHmac, pbkdf2 } from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/server/env";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from "./access-token";

const claims = { userId: "2b7e1516-28ae-4d2a-9f1c-1f0a5c3b7e11", sessionVersion: 3, familyId: "fam-1" };
const key = () => new TextEncoder().encode(`api-access-token:${getEnv().AUTH_SECRET}`);
const now = () => Math.floor(Date.now() / 1000);

/** A token like signAccessToken's, with one thing changed. */
function forge(payload: JWTPayload, options: { key?: Uint8Array; header?: Record<string, unknown> } = {}): Promise<string> {
  return new SignJWT({ sv: claims.sessionVersion, fam: claims.familyId, sub: claims.userId, iss: "rehearse", aud: "rehearse-api", iat: now(), exp: now() + 60, ...payload })
    .setProtectedHeader({ alg: "HS256", typ: "JWT", ...options.header })
    .sign(options.key ?? key());
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Signed by hand: jose will not sign a header it would refuse itself (a `crit` it does not know). */
function signRaw(header: Record<string, unknown>): string {
  const payload = { sub: claims.userId, sv: claims.sessionVersion, fam: claims.familyId, iss: "rehearse", aud: "rehearse-api", exp: now() + 60 };
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${createHmac("sha256", key()).update(signingInput).digest("base64url")}`;
}

describe("verifyAccessToken (node:crypto HMAC, jose's checks)", () => {
  it("accepts what signAccessToken signs, with its claims", async () => {
    const token = await signAccessToken(claims);
    expect(await verifyAccessToken(token)).toEqual(claims);
    const { payload } = await jwtVerify(token, key(), { issuer: "rehearse", audience: "rehearse-api" });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(ACCESS_TOKEN_TTL_SECONDS);
  });

  it("refuses a changed payload, another key, alg none and malformed tokens", async () => {
    const token = await signAccessToken(claims);
    const [header, , signature] = token.split(".");
    const elevated = `${header}.${base64url({ sub: "someone-else", sv: 3, fam: "fam-1", iss: "rehearse", aud: "rehearse-api", exp: now() + 60 })}.${signature}`;
    expect(await verifyAccessToken(elevated)).toBeNull();
    expect(await verifyAccessToken(await forge({}, { key: new TextEncoder().encode("another-secret-0123456789abcdef0123") }))).toBeNull();
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${token.split(".")[1]}.`;
    expect(await verifyAccessToken(unsigned)).toBeNull();
    for (const bad of ["", "a.b", "a.b.c.d", `${token}x!`, `${header}.%%%.${signature}`, token.replace(/\./g, "..")]) {
      expect(await verifyAccessToken(bad), bad).toBeNull();
    }
  });

  it("refuses expired, not-yet-valid, wrong issuer or audience, critical headers and missing claims, like jose", async () => {
    const refused = await Promise.all([
      forge({ exp: now() - 1 }),
      forge({ exp: now() }),
      forge({ nbf: now() + 60 }),
      forge({ iss: "someone" }),
      forge({ aud: "another-api" }),
      forge({ iat: "yesterday" as unknown as number }),
      forge({ sv: "3" as unknown as number }),
      forge({ fam: undefined }),
    ]);
    refused.push(signRaw({ alg: "HS256", crit: ["exp"], exp: now() + 60 }));
    for (const token of refused) expect(await verifyAccessToken(token), token).toBeNull();
    // An audience list that names the API is accepted, as jose accepts it.
    const listed = await forge({ aud: ["rehearse-api", "other"] });
    expect(await verifyAccessToken(listed)).toEqual(claims);
    await expect(jwtVerify(listed, key(), { issuer: "rehearse", audience: "rehearse-api" })).resolves.toBeTruthy();
  });

  it("does not wait for libuv's thread pool (where sign-ins hash passwords)", async () => {
    const token = await signAccessToken(claims);
    let hashesDone = 0;
    // Fill the pool's 4 threads with work like argon2's; WebCrypto's HMAC (jose) would queue behind it.
    const hashes = Array.from({ length: 4 }, () => new Promise<void>((resolve) => pbkdf2("password", "salt", 400_000, 32, "sha256", () => resolve(void (hashesDone += 1)))));
    expect(await verifyAccessToken(token)).toEqual(claims);
    expect(hashesDone).toBe(0);
    await Promise.all(hashes);
  });
});
