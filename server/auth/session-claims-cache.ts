/**
 * Decoded session cookies, kept for a short while (docs/performance.md, issue #13). Decoding the
 * Auth.js cookie is a JWE decrypt through WebCrypto (HKDF, AES-CBC, HMAC on libuv's thread pool),
 * about 1 ms of CPU, and a browser sends the same cookie with every request. Only the cookie's
 * verified claims are kept, never whether the session is still good: readCookieSession checks the
 * browser_sessions row and the user's session version on every request, so a sign-out, "sign out
 * everywhere", a password change or a suspension ends a cached cookie on its very next request (in
 * every process). An entry is keyed by a SHA-256 of the cookie (the cookie itself is not kept), lives
 * at most CLAIMS_TTL_MS and never past the token's own `exp`; the cache holds at most MAX_ENTRIES
 * (least recently used out first) and is emptied when the secret changes.
 */
import { createHash } from "node:crypto";

export interface TSessionClaims {
  uid: string;
  sv: number;
  sid: string;
}

export const CLAIMS_TTL_MS = 60_000;
export const MAX_ENTRIES = 10_000;

interface TEntry {
  claims: TSessionClaims;
  expiresAtMs: number;
}

const entries = new Map<string, TEntry>();
let cachedFor: string | undefined;

function keyOf(secret: string, salt: string, token: string): string {
  if (cachedFor !== secret) {
    entries.clear();
    cachedFor = secret;
  }
  return createHash("sha256").update(salt).update("\0").update(token).digest("base64url");
}

/**
 * The claims of a cookie this process decoded less than CLAIMS_TTL_MS ago, else `decode` (which
 * verifies and decrypts) runs and a valid result is kept. Null for anything `decode` rejects (not kept).
 */
export async function cachedSessionClaims(
  input: { token: string; secret: string; salt: string },
  decode: () => Promise<{ claims: TSessionClaims; expiresAtSeconds: number | null } | null>,
  nowMs: number = Date.now(),
): Promise<TSessionClaims | null> {
  const key = keyOf(input.secret, input.salt, input.token);
  const hit = entries.get(key);
  if (hit && hit.expiresAtMs > nowMs) {
    // Map order is insertion order: moving a hit to the end makes the first entry the least recently used.
    entries.delete(key);
    entries.set(key, hit);
    return hit.claims;
  }
  if (hit) entries.delete(key);
  const decoded = await decode();
  if (!decoded) return null;
  const expiresAtMs = Math.min(nowMs + CLAIMS_TTL_MS, decoded.expiresAtSeconds === null ? Infinity : decoded.expiresAtSeconds * 1000);
  if (expiresAtMs <= nowMs) return decoded.claims;
  entries.set(key, { claims: decoded.claims, expiresAtMs });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return decoded.claims;
}

/** How many cookies are cached (tests). */
export function cachedSessionCount(): number {
  return entries.size;
}

export function clearSessionClaimsCache(): void {
  entries.clear();
}
