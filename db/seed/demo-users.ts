import type { TDatabase } from "@/db";
import { users } from "@/db/schema";

/**
 * Local demo accounts, verified, with a shared password printed by the script. Idempotent.
 * The caller hashes DEMO_PASSWORD (db/ never reaches into server/ for the hashing rules).
 */
export const DEMO_PASSWORD = "rehearse-demo-2026";
const DEMO_USERS = [
  { email: "candidate@demo.rehearse.local", name: "Demo Candidate", role: "user" as const },
  { email: "admin@demo.rehearse.local", name: "Demo Admin", role: "admin" as const },
];

export async function seedDemoUsers(db: TDatabase, passwordHash: string): Promise<string[]> {
  const lines: string[] = [];
  for (const demo of DEMO_USERS) {
    const inserted = await db
      .insert(users)
      .values({ ...demo, passwordHash, emailVerified: new Date(), isDemo: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    lines.push(`${inserted.length ? "Created" : "Kept"} ${demo.role} ${demo.email} (password: ${DEMO_PASSWORD})`);
  }
  return lines;
}
