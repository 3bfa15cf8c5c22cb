/**
 * A recording's changes as they happen, for its owner: the stream behind voice.onRecording and the
 * REST long-poll (GET /recordings/{id}?wait=30), over the same realtime hub as answers. Every
 * wake-up re-reads the row (owner-scoped); an event carries no data.
 */
import { createHash } from "node:crypto";
import type { TDbOrTx } from "@/db";
import { MAX_RECORDING_WAIT_SECONDS, type TRecording } from "@/server/contracts/voice";
import { realtimeKey } from "@/server/realtime/events";
import { versionedUpdates, type TUpdateOptions } from "@/server/realtime/versioned-updates";
import { waitWhilePending } from "@/server/realtime/wait-while-pending";
import { getRecording } from "./recording-dto";

/** Changes with whatever the owner sees change: status, transcripts, delivery, the link to an answer. */
export function recordingVersion(recording: TRecording): string {
  const visible = JSON.stringify([recording.transcript, recording.correctedTranscript, recording.browserTranscript, recording.delivery, recording.answerId, recording.audioUrl]);
  return `${recording.status}-${createHash("sha256").update(visible).digest("base64url").slice(0, 16)}`;
}

/** The recording now (unless the client has `lastVersion`), then every change; ends once submitted with an answer. */
export async function* recordingStatusUpdates(db: TDbOrTx, userId: string, id: string, options: TUpdateOptions = {}): AsyncGenerator<{ version: string; recording: TRecording }, void, undefined> {
  const source = { key: realtimeKey.recording(id), owner: userId, read: () => getRecording(db, userId, id), version: recordingVersion, settled: (recording: TRecording) => recording.answerId !== null };
  for await (const { version, value } of versionedUpdates(source, options)) yield { version, recording: value };
}

/** The long-poll: at once unless transcribing, else as soon as the status changes or the wait ends. */
export async function waitForRecording(db: TDbOrTx, userId: string, id: string, waitSeconds: number, signal?: AbortSignal): Promise<TRecording> {
  if (waitSeconds <= 0) return getRecording(db, userId, id);
  const source = { key: realtimeKey.recording(id), owner: userId, read: () => getRecording(db, userId, id), pending: (recording: TRecording) => recording.status === "transcribing" };
  return waitWhilePending(source, Math.min(waitSeconds, MAX_RECORDING_WAIT_SECONDS) * 1000, signal);
}
