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
 * The token's claims, or null when it is malformed, forged, for another audience or expired.
 * Checked with node:crypto's HMAC, synchronously, with the checks jose's jwtVerify makes for these
 * options (HS256 only, no `crit`, issuer, audience, exp, nbf, numeric iat): jose goes through
 * WebCrypto, whose HMAC runs on libuv's thread pool — where it queued behind sign-ins' argon2
 * hashes under load, and cost a key import per request (docs/performance.md).
 */
export async function verifyAccessToken(token: string): Promise<TAccessClaims | null> {
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
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== "number" || payload.exp <= now) return null;
  if (payload.nbf !== undefined && (typeof payload.nbf !== "number" || payload.nbf > now)) return null;
  if (payload.iat !== undefined && typeof payload.iat !== "number") return null;
  if (typeof payload.sub !== "string" || typeof payload.sv !== "number" || typeof payload.fam !== "string") return null;
  return { userId: payload.sub, sessionVersion: payload.sv, familyId: payload.fam };
}
