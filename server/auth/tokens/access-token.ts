/**
 * Short-lived bearer tokens for /api/v1 (HS256 JWT, 15 minutes). A token names its user, the
 * user's session version and its refresh-token family, so a password change, "sign out everywhere",
 * logout or a detected refresh-token reuse ends it before it expires.
 */
import { jwtVerify, SignJWT } from "jose";
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

/** The token's claims, or null when it is malformed, forged, for another audience or expired. */
export async function verifyAccessToken(token: string): Promise<TAccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.sv !== "number" || typeof payload.fam !== "string") return null;
    return { userId: payload.sub, sessionVersion: payload.sv, familyId: payload.fam };
  } catch {
    return null;
  }
}
