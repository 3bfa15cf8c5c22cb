"use client";

import { useRef } from "react";

/** 128 random bits as hex; crypto.randomUUID is missing outside secure contexts (plain http), getRandomValues is not. */
function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * One Idempotency-Key per user action: the same key while the candidate retries the same request
 * (a dropped connection, a double click), a new one as soon as the request changes or succeeded.
 * The server then replays the first result instead of starting a second interview or attempt.
 */
export function useIdempotencyKey() {
  const state = useRef<{ request: string; key: string } | null>(null);
  return {
    for(request: unknown): string {
      const serialized = JSON.stringify(request);
      if (state.current?.request !== serialized) state.current = { request: serialized, key: randomKey() };
      return state.current.key;
    },
    /** After a success: the next action, even an identical one, is a new action. */
    reset() {
      state.current = null;
    },
  };
}
