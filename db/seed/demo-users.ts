import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password-hash";

/** Local demo accounts, verified, with a shared password printed by the script. Idempotent. */
export const DEMO_PASSWORD = "rehearse-demo-2026";
const DEMO_USERS = [
  { email: "candidate@demo.rehearse.local", name: "Demo Candidate", role: "user" as const },
  { email: "admin@demo.rehearse.local", name: "Demo Admin", role: "admin" as const },
];

export async function seedDemoUsers(db: TDatabase): Promise<string[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
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
