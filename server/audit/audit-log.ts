/**
 * The audit log: who changed what, when, before and after. Its own folder below the domains that
 * write it (admin, support, the question translations), so none of them imports another for it.
 */
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { auditLog } from "@/db/schema";

export interface TActor {
  id: string;
  email: string;
}

/** Records one admin action; call it in the same transaction as the change it describes. */
export async function audit(
  db: TDbOrTx,
  actor: TActor,
  entry: { action: string; targetType: string; targetId?: string | null; before?: unknown; after?: unknown; note?: string | null },
): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}

export async function listAudit(
  db: TDbOrTx,
  filter: { action?: string; actorEmail?: string; targetId?: string; before?: string; limit: number },
) {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorEmail) where.push(eq(auditLog.actorEmail, filter.actorEmail.toLowerCase()));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.before) where.push(lt(auditLog.createdAt, new Date(filter.before)));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.createdAt))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextBefore: rows.length > filter.limit ? (page.at(-1)?.createdAt.toISOString() ?? null) : null,
  };
}

