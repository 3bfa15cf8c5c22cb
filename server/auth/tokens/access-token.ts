/**
 * Short-lived bearer tokens for /api/v1 (HS256 JWT, 15 minutes). A token names its user, the
 * user's session version and its refresh-token family, so a password change, "sign out everywhere",
 * logout or a detected refresh-token reuse ends it before it expires.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";
import { getEnv } from "@/server/env";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "rehearse";
const AUDIENCE = "rehearse-api";

export interface TAccessClaims {
  userId: string;
  sessionVersion: number;
  familyId: string;
}

function signingKey(): Uint8Array {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; start Rehearse with `npm start` or set it.");
  // A key of its own, derived from AUTH_SECRET, so API tokens can never be confused with session cookies.
  return new TextEncoder().encode(`api-access-token:${secret}`);
}

export async function signAccessToken(claims: TAccessClaims): Promise<string> {
  return new SignJWT({ sv: claims.sessionVersion, fam: claims.familyId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(signingKey());
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
let hmacKey: { secret: string; key: Buffer } | undefined;

function verificationKey(): Buffer {
  const secret = getEnv().AUTH_SECRET ?? "";
  if (hmacKey?.secret !== secret) hmacKey = { secret, key: Buffer.from(signingKey()) };
  return hmacKey.key;
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Whether a token's own `exp` has passed, read without verifying it: it only picks what a refusal
 * says ("expired, refresh" or "invalid, sign in again"), never whether the token is accepted.
 */
export function claimsExpired(token: string): boolean {
  const exp = decodeJson(token.split(".")[1] ?? "")?.exp;
  return typeof exp === "number" && exp <= Date.now() / 1000;
}

/** Tokens this process verified lately, and the secret they were verified with. */
export const MAX_VERIFIED_TOKENS = 10_000;
const verifiedTokens = new Map<string, { claims: TAccessClaims; exp: number }>();
let verifiedWith: string | undefined;

/**
 * The token's claims, or null when it is malformed, forged, for another audience or expired.
 * Checked with node:crypto's HMAC, synchronously, with the checks jose's jwtVerify makes for these
 * options (HS256 only, no `crit`, issuer, audience, exp, nbf, numeric iat): jose goes through
 * WebCrypto, whose HMAC runs on libuv's thread pool — where it queued behind sign-ins' argon2
 * hashes under load, and cost a key import per request (docs/performance.md).
 *
 * A client sends the same token with every request for its 15 minutes: a token that verified is
 * kept (by its exact text, up to MAX_VERIFIED_TOKENS, oldest out first, forgotten when AUTH_SECRET
 * changes), so its next requests skip the HMAC and the JSON decoding; only `exp` is checked again,
 * the one claim whose verdict changes with time (a token is kept only once its `nbf` has passed).
 * Nothing about the user is kept: revocation, suspension and session versions are read per request.
 */
export async function verifyAccessToken(token: string): Promise<TAccessClaims | null> {
  const secret = getEnv().AUTH_SECRET ?? "";
  if (verifiedWith !== secret) {
    verifiedTokens.clear();
    verifiedWith = secret;
  }
  const now = Math.floor(Date.now() / 1000);
  const known = verifiedTokens.get(token);
  if (known) {
    if (known.exp > now) return known.claims;
    verifiedTokens.delete(token);
    return null;
  }
  const verified = verifySignedToken(token, now);
  if (!verified) return null;
  if (verifiedTokens.size >= MAX_VERIFIED_TOKENS) verifiedTokens.delete(verifiedTokens.keys().next().value!);
  verifiedTokens.set(token, verified);
  return verified.claims;
}

function verifySignedToken(token: string, now: number): { claims: TAccessClaims; exp: number } | null {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = decodeJson(encodedHeader);
  if (!header || header.alg !== "HS256" || "crit" in header || "b64" in header) return null;
  const expected = createHmac("sha256", verificationKey()).update(`${encodedHeader}.${encodedPayload}`).digest();
  const signature = Buffer.from(encodedSignature, "base64url");
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
  const payload = decodeJson(encodedPayload);
  if (!payload || payload.iss !== ISSUER) return null;
  const audience = payload.aud;
  if (!(audience === AUDIENCE || (Array.isArray(audience) && audience.includes(AUDIENCE)))) return null;
  if (typeof payload.exp !== "number" || payload.exp <= now) return null;
  if (payload.nbf !== undefined && (typeof payload.nbf !== "number" || payload.nbf > now)) return null;
  if (payload.iat !== undefined && typeof payload.iat !== "number") return null;
  if (typeof payload.sub !== "string" || typeof payload.sv !== "number" || typeof payload.fam !== "string") return null;
  // Frozen: every request with this token shares the object.
  return { claims: Object.freeze({ userId: payload.sub, sessionVersion: payload.sv, familyId: payload.fam }), exp: payload.exp };
}
