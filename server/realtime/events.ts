/**
 * What travels on the one realtime channel: ids and kinds only, never answer texts, scores or
 * emails (a NOTIFY payload is visible to every session listening on the database). A listener
 * reads the current state from the database itself, so it sees only what its user may see.
 */
import { z } from "zod";

/** Postgres channel shared by every web and worker process on one database. */
export const REALTIME_CHANNEL = "rehearse_events";

const ZRealtimeEventSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("answer"), answerId: z.uuid(), userId: z.uuid() }),
  z.object({ kind: z.literal("plan"), userId: z.uuid() }),
  z.object({ kind: z.literal("recording"), recordingId: z.uuid(), userId: z.uuid() }),
  z.object({ kind: z.literal("mail") }),
  // The listener's own health probe (listen-connection.ts).
  z.object({ kind: z.literal("ping"), nonce: z.string().max(64) }),
]);

export type TRealtimeEvent = z.infer<typeof ZRealtimeEventSchema>;

export function encodeEvent(event: TRealtimeEvent): string {
  return JSON.stringify(event);
}

/** A payload that is not ours (another app on the database, a newer version) is ignored, not fatal. */
export function parseEvent(payload: string): TRealtimeEvent | null {
  try {
    const parsed = ZRealtimeEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The keys subscribers wait on: one answer, one user (plan changes), or the dev mail outbox. */
export const realtimeKey = {
  answer: (answerId: string) => `answer:${answerId}`,
  plan: (userId: string) => `plan:${userId}`,
  recording: (recordingId: string) => `recording:${recordingId}`,
  mail: () => "mail",
} as const;

export function keysOf(event: TRealtimeEvent): string[] {
  switch (event.kind) {
    case "answer":
      return [realtimeKey.answer(event.answerId)];
    case "plan":
      return [realtimeKey.plan(event.userId)];
    case "recording":
      return [realtimeKey.recording(event.recordingId)];
    case "mail":
      return [realtimeKey.mail()];
    case "ping":
      return [];
  }
}
