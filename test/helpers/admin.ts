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

/** An inactive coding-track question (two-sum's wording) to give a spec to: `caller` is an admin's. */
export async function inactiveCodingQuestion(caller: Awaited<ReturnType<typeof adminTestCaller>>, slug: string) {
  return caller.admin.createQuestion({
    slug,
    track: "coding",
    level: "junior",
    text: "Return the indices of the two numbers that add up to target.",
    tags: ["arrays"],
    difficulty: 2,
    keyPoints: ["use a hash map"],
    sampleAnswer: "Keep a map from value to index and look up the complement.",
    active: false,
  });
}
