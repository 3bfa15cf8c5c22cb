import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { tokenFamilies, users } from "@/db/schema";
import { endBrowserSession, startBrowserSession } from "@/server/auth/browser-sessions";
import { loadSessionUser, loadTokenUser } from "@/server/auth/session-user";
import { verifyAccessToken } from "@/server/auth/tokens/access-token";
import { callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

describe("loadTokenUser (every REST request's user check)", () => {
  it("builds its SQL once per database handle, and still sees a revoked family, a new session version and a suspension at once", async () => {
    const { email, password } = await verifiedTestUser(db, "token-user");
    const pair = await callerFor(db).caller.auth.token({ email, password });
    const claims = (await verifyAccessToken(pair.accessToken))!;
    const select = vi.spyOn(db, "select");
    try {
      expect((await loadTokenUser(db, claims))?.email).toBe(email);
      // Only what a REST request needs (who calls, and whether the token stands): no hash, no timestamps.
      expect(Object.keys((await loadTokenUser(db, claims))!).sort()).toEqual(["email", "id", "name", "role", "sessionVersion", "status"]);
      expect(select.mock.calls.length).toBeLessThanOrEqual(1);

      await db.update(users).set({ status: "suspended" }).where(eq(users.id, claims.userId));
      expect(await loadTokenUser(db, claims)).toBeNull();
      await db.update(users).set({ status: "active", sessionVersion: claims.sessionVersion + 1 }).where(eq(users.id, claims.userId));
      expect(await loadTokenUser(db, claims)).toBeNull();
      expect(await loadTokenUser(db, { ...claims, sessionVersion: claims.sessionVersion + 1 })).not.toBeNull();
      await db.update(tokenFamilies).set({ revokedAt: new Date() }).where(eq(tokenFamilies.id, claims.familyId));
      expect(await loadTokenUser(db, { ...claims, sessionVersion: claims.sessionVersion + 1 })).toBeNull();
      expect(await loadTokenUser(db, { ...claims, userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    } finally {
      select.mockRestore();
    }
  });

  it("loadSessionUser builds its SQL once too, and a signed-out, expired or outdated session is still refused at once", async () => {
    const { user } = await verifiedTestUser(db, "session-user");
    const sid = await startBrowserSession(db, user.id);
    const claims = { userId: user.id, sessionVersion: 0, sid };
    const select = vi.spyOn(db, "select");
    try {
      expect((await loadSessionUser(db, claims))?.id).toBe(user.id);
      expect((await loadSessionUser(db, claims))?.id).toBe(user.id);
      expect(select.mock.calls.length).toBeLessThanOrEqual(1);
      expect(await loadSessionUser(db, { ...claims, sessionVersion: 1 })).toBeNull();
      expect(await loadSessionUser(db, { ...claims, sid: "00000000-0000-4000-8000-000000000000" })).toBeNull();
      expect(await loadSessionUser(db, claims, new Date(Date.now() + 8 * 24 * 3600 * 1000))).toBeNull();
      await endBrowserSession(db, sid);
      expect(await loadSessionUser(db, claims)).toBeNull();
    } finally {
      select.mockRestore();
    }
  });
});
