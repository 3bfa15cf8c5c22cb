/**
 * A client that attaches its access token to every call keeps working after the token expires: the
 * public routes (POST /auth/refresh first of all) serve it as anonymous, and routes that need a
 * caller answer 401 saying whether the token expired (refresh) or is no good (sign in again).
 */
import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { handleRestRequest, REST_PREFIX } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = `http://localhost:3999${REST_PREFIX}`;

async function call(method: string, path: string, token: string, body?: unknown) {
  const response = await handle(
    new Request(`${BASE}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: response.status, body: (await response.json().catch(() => null)) as { error?: { details?: unknown } } | null };
}

/** A token shaped like ours whose `exp` has passed (its signature does not matter: the 401 says why either way). */
async function expiredLookingToken(): Promise<string> {
  const past = Math.floor(Date.now() / 1000) - 60;
  return new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("someone").setIssuedAt(past - 900).setExpirationTime(past).sign(new TextEncoder().encode("not-the-app-secret-0123456789abcdef"));
}

describe("a stale bearer token", () => {
  it("does not stop the refresh it needs, nor the public catalog", async () => {
    const { user } = await verifiedTestUser(db, "stale-token");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    const { refreshToken } = await issueTokenPair(db, row!);
    const stale = await expiredLookingToken();
    const refreshed = await call("POST", "/auth/refresh", stale, { refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await call("GET", "/tracks", stale)).status).toBe(200);
  });

  it("is refused where a caller is needed, saying whether it expired or is no good", async () => {
    const expired = await call("GET", "/me", await expiredLookingToken());
    expect(expired.status).toBe(401);
    expect(expired.body?.error?.details).toEqual({ reason: "expired" });
    const garbage = await call("GET", "/me", "not-a-token");
    expect(garbage.status).toBe(401);
    expect(garbage.body?.error?.details).toEqual({ reason: "invalid" });
  });
});
