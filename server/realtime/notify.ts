/**
 * Sends a realtime event with `pg_notify`. Called inside the transaction that makes the change:
 * Postgres delivers the notification only when that transaction commits, so a listener never
 * reads state older than the event it was woken by, and a rolled-back change wakes nobody.
 */
import { sql, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { encodeEvent, REALTIME_CHANNEL, type TRealtimeEvent } from "./events";

export async function notifyRealtime(db: TDbOrTx, event: TRealtimeEvent): Promise<void> {
  await db.execute(sql`select ${notifyExpression(event)}`);
}

/** The `pg_notify(...)` call itself, for a statement that makes the change and notifies in one (e.g. in RETURNING). */
export function notifyExpression(event: TRealtimeEvent): SQL {
  return sql`pg_notify(${REALTIME_CHANNEL}, ${encodeEvent(event)})`;
}

/** An answer's status or score changed (scored, flagged, failed, rescored). */
export function notifyAnswerChanged(db: TDbOrTx, answer: { id: string; userId: string }): Promise<void> {
  return notifyRealtime(db, { kind: "answer", answerId: answer.id, userId: answer.userId });
}

/** A user's plan or subscription changed (Stripe webhook sync). */
export function notifyPlanChanged(db: TDbOrTx, userId: string): Promise<void> {
  return notifyRealtime(db, { kind: "plan", userId });
}

/** The dev outbox has a new or updated email. */
export function notifyMailChanged(db: TDbOrTx): Promise<void> {
  return notifyRealtime(db, { kind: "mail" });
}
