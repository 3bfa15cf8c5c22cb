/**
 * Two admins acting on each other at once (a hostile pass): demoting or suspending each other in
 * parallel must leave at least one active admin, and an admin demoted while their request was in
 * flight cannot finish a role or status change.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { asSessionUser, callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

/** Two admins with callers that, like a request already past its admin check, still see them as admins. */
async function twoAdmins(label: string) {
  const one = await verifiedTestUser(db, `${label}-one`);
  const two = await verifiedTestUser(db, `${label}-two`);
  for (const admin of [one, two]) await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
  const as = (row: typeof one.user) => callerFor(db, { user: { ...asSessionUser(row), role: "admin" } }).caller;
  return { one: { id: one.user.id, caller: as(one.user) }, two: { id: two.user.id, caller: as(two.user) } };
}

async function activeAdmins(ids: string[]) {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.status, "active")));
  return rows.filter((row) => ids.includes(row.id)).length;
}

describe("admins acting on each other", () => {
  it("two admins demoting each other at the same moment: one change is made, the other refused, one admin remains", async () => {
    const { one, two } = await twoAdmins("demote-race");
    const results = await Promise.allSettled([one.caller.admin.setUserRole({ id: two.id, role: "user" }), two.caller.admin.setUserRole({ id: one.id, role: "user" })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins([one.id, two.id])).toBe(1);
  });

  it("two admins suspending each other at the same moment leave one active admin", async () => {
    const { one, two } = await twoAdmins("suspend-race");
    await Promise.allSettled([
      one.caller.admin.setUserStatus({ id: two.id, status: "suspended", note: null }),
      two.caller.admin.setUserStatus({ id: one.id, status: "suspended", note: null }),
    ]);
    expect(await activeAdmins([one.id, two.id])).toBe(1);
  });

  it("an admin demoted while their request was in flight cannot change a role", async () => {
    const { one, two } = await twoAdmins("stale-admin");
    await one.caller.admin.setUserRole({ id: two.id, role: "user" });
    const error = await errorOf(two.caller.admin.setUserRole({ id: one.id, role: "user" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.details).toMatchObject({ reason: "actor_not_admin" });
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, one.id));
    expect(row?.role).toBe("admin");
  });
});
