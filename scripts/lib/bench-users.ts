/**
 * Bench candidates, written straight into the database: registering over REST costs an argon2 hash
 * and a verification email each (minutes for a thousand), which is not what bench:load measures.
 * Every account gets the same password, hashed once with the app's own hashPassword (so signing in
 * does the real argon2 verify), is marked verified, and holds a Premium plan grant so the free
 * plan's 2 interviews a week are not the bottleneck. Each has its own client address for X-Forwarded-For.
 */
import { randomBytes } from "node:crypto";
import type { TDatabase } from "@/db";
import { planGrants, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password-hash";

export interface BenchUser {
  id: string;
  email: string;
  /** The address this candidate's requests come from (10.x.y.z, unique per user in a run). */
  ip: string;
}

export const BENCH_PLAN = "premium" as const;

/** A random password for this run only (never printed). */
export function benchPassword(): string {
  return `Bench-${randomBytes(12).toString("base64url")}-9!`;
}

function ipFor(index: number): string {
  return `10.${Math.floor(index / 62_500) % 250}.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`;
}

export async function createBenchUsers(db: TDatabase, options: { runId: string; label: string; count: number; firstIndex: number; password: string }): Promise<BenchUser[]> {
  const passwordHash = await hashPassword(options.password);
  const now = new Date();
  const created: BenchUser[] = [];
  for (let offset = 0; offset < options.count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, options.count - offset) }, (_, i) => {
      const n = offset + i;
      return { name: `Bench ${options.label} ${n}`, email: `bench-${options.runId}-${options.label}-${n}@bench.test`, emailVerified: now, passwordHash };
    });
    const rows = await db.insert(users).values(batch).returning({ id: users.id, email: users.email });
    await db.insert(planGrants).values(
      rows.map((row) => ({ userId: row.id, plan: BENCH_PLAN, startsAt: now, endsAt: new Date(now.getTime() + 24 * 3600 * 1000), note: "bench:load" })),
    );
    rows.forEach((row, i) => created.push({ ...row, ip: ipFor(options.firstIndex + offset + i) }));
  }
  return created;
}
