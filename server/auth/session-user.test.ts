import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { tokenFamilies, users } from "@/db/schema";
import { loadTokenUser } from "@/server/auth/session-user";
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
      expect((await loadTokenUser(db, claims))?.email).toBe(email);
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
});
