import { and, count, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { TDatabase, TTransaction } from "@/db";
import { answers, interviews, users } from "@/db/schema";
import { endAllSessions } from "@/server/accounts/end-sessions";
import { toPublicUser } from "@/server/accounts/public-user";
import { currentPlan } from "@/server/billing/current-plan";
import type { TRole, TUserStatus } from "@/server/contracts/vocabulary/roles";
import { AppError } from "@/server/errors";
import { audit, type TActor } from "./audit";

export async function searchUsers(db: TDatabase, filter: { query?: string; limit: number; offset: number }) {
  const pattern = filter.query ? `%${filter.query.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db
    .select({ user: users, total: sql<number>`count(*) over ()::int` })
    .from(users)
    .where(pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined)
    .orderBy(desc(users.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: rows[0]?.total ?? 0, users: rows.map((row) => ({ ...toPublicUser(row.user), status: row.user.status })) };
}

export async function userDetail(db: TDatabase, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "User not found.");
  const [plan, recent, flags] = await Promise.all([
    currentPlan(db, userId),
    db.select().from(interviews).where(eq(interviews.userId, userId)).orderBy(desc(interviews.startedAt)).limit(20),
    db
      .select({ n: count() })
      .from(answers)
      .where(and(eq(answers.userId, userId), inArray(answers.status, ["flagged", "failed"]))),
  ]);
  return {
    user: { ...toPublicUser(user), status: user.status },
    plan: plan.id,
    interviews: recent.map((row) => ({
      id: row.id,
      track: row.track,
      level: row.level,
      status: row.status,
      startedAt: row.startedAt.toISOString(),
      overallScore: row.overallScore,
    })),
    flaggedAnswers: flags[0]?.n ?? 0,
  };
}

/**
 * Role and status changes queue on one lock, and the acting admin must still be an active admin
 * once it is held: two admins demoting or suspending each other at the same moment would otherwise
 * both pass the request's admin check and leave the platform with no admin. With the lock, the
 * second finds it was demoted by the first and is refused; since nobody can demote or suspend
 * themselves, at least one active admin always remains.
 */
async function lockAsActiveAdmin(tx: TTransaction, actor: TActor) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('admin:user-role-status'))`);
  const [me] = await tx.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, actor.id));
  if (me?.role !== "admin" || me.status !== "active") {
    throw new AppError("FORBIDDEN", "Your administrator role was removed or suspended meanwhile; this change was not made.", { reason: "actor_not_admin" });
  }
}

export async function setUserRole(db: TDatabase, actor: TActor, userId: string, role: TRole) {
  if (userId === actor.id && role !== "admin") throw new AppError("CONFLICT", "You cannot remove your own admin role.");
  await db.transaction(async (tx) => {
    await lockAsActiveAdmin(tx, actor);
    const [before] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (!before) throw new AppError("NOT_FOUND", "User not found.");
    await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await audit(tx, actor, { action: "user.role", targetType: "user", targetId: userId, before, after: { role } });
  });
}

/** Suspending ends every session and token at once; a suspended user cannot sign in or use tokens. */
export async function setUserStatus(db: TDatabase, actor: TActor, userId: string, status: TUserStatus, note: string | null) {
  if (userId === actor.id) throw new AppError("CONFLICT", "You cannot suspend yourself.");
  await db.transaction(async (tx) => {
    await lockAsActiveAdmin(tx, actor);
    const [before] = await tx.select({ status: users.status }).from(users).where(eq(users.id, userId));
    if (!before) throw new AppError("NOT_FOUND", "User not found.");
    await tx.update(users).set({ status, updatedAt: sql`now()` }).where(eq(users.id, userId));
    if (status === "suspended") await endAllSessions(tx, userId, "suspended");
    await audit(tx, actor, { action: status === "suspended" ? "user.suspend" : "user.reactivate", targetType: "user", targetId: userId, before, after: { status }, note });
  });
}
