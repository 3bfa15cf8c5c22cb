/**
 * An answer's changes as they happen, for its owner only: the stream behind the tRPC subscription
 * and the REST SSE endpoint, and the REST long-poll. Each wake-up re-reads the answer through
 * getAnswer (owner-scoped), so an event never carries data and a missed one costs only a re-read.
 * While the LISTEN connection is down, waiters re-read every couple of seconds instead (hub.ts).
 */
import { createHash } from "node:crypto";
import type { TDbOrTx } from "@/db";
import type { TAnswer } from "@/server/contracts/interviews";
import { realtimeKey } from "@/server/realtime/events";
import { versionedUpdates, type TUpdateOptions } from "@/server/realtime/versioned-updates";
import { waitWhilePending } from "@/server/realtime/wait-while-pending";
import { getAnswer } from "./get-answer";

/** The longest a REST client may ask to wait (GET /answers/{id}?wait=…). */
export const MAX_WAIT_SECONDS = 30;

/** Changes whenever what the owner sees changes (status, score, flags, a reviewer's note). */
export function answerVersion(answer: TAnswer): string {
  const visible = JSON.stringify([answer.status, answer.flagReasons, answer.score, answer.review]);
  return `${answer.status}-${createHash("sha256").update(visible).digest("base64url").slice(0, 16)}`;
}

export function isFinal(answer: TAnswer): boolean {
  return answer.status !== "pending";
}

/** Final, and not a provisional built-in score that the AI grade will replace (regrade-answer.ts). */
export function isSettled(answer: TAnswer): boolean {
  return isFinal(answer) && answer.score?.provisional !== true;
}

/**
 * Yields the answer now (unless its version is `lastVersion`, what a reconnecting client already
 * has), then every change, and ends once the answer is settled: no longer pending, and not holding a
 * provisional score (its AI re-grade is pushed too). NOT_FOUND for others' answers.
 */
export async function* answerUpdates(
  db: TDbOrTx,
  userId: string,
  answerId: string,
  options: TUpdateOptions = {},
): AsyncGenerator<{ version: string; answer: TAnswer }, void, undefined> {
  const source = { key: realtimeKey.answer(answerId), owner: userId, read: () => getAnswer(db, userId, answerId), version: answerVersion, settled: isSettled };
  for await (const { version, value } of versionedUpdates(source, options)) yield { version, answer: value };
}

/**
 * The long-poll: the answer at once when it is not pending (or waitSeconds is 0), otherwise as soon
 * as it leaves "pending", or when the wait ends (then still pending).
 */
export async function waitForAnswer(db: TDbOrTx, userId: string, answerId: string, waitSeconds: number, signal?: AbortSignal): Promise<TAnswer> {
  if (waitSeconds <= 0) return getAnswer(db, userId, answerId);
  const source = { key: realtimeKey.answer(answerId), owner: userId, read: () => getAnswer(db, userId, answerId), pending: (answer: TAnswer) => !isFinal(answer) };
  return waitWhilePending(source, Math.min(waitSeconds, MAX_WAIT_SECONDS) * 1000, signal);
}
