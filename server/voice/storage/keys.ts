/**
 * Storage keys of recordings: made by the server from ids only (`recordings/<userId>/<uuid>`), so a
 * key never holds user text and the local backend cannot be led out of its folder.
 */
import { randomUUID } from "node:crypto";

export const RECORDINGS_PREFIX = "recordings/";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const KEY = new RegExp(`^recordings/${UUID}/${UUID}$`);

export function newRecordingKey(userId: string): string {
  return `${RECORDINGS_PREFIX}${userId}/${randomUUID()}`;
}

/** True for keys newRecordingKey makes; anything else is refused by the backends. */
export function isRecordingKey(key: string): boolean {
  return KEY.test(key);
}

export function assertRecordingKey(key: string): void {
  if (!isRecordingKey(key)) throw new Error("Refusing a storage key the server did not make");
}
