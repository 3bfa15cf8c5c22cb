import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { asSessionUser, callerFor, verifiedTestUser } from "./caller";

/** A verified user made admin, with a caller that acts as them. */
export async function adminTestCaller(db: TDatabase, label = "admin") {
  const admin = await verifiedTestUser(db, label);
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
  return callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
}
