"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/**
 * Browsers allow ~6 connections per site over HTTP/1.1 and each open stream holds one. Past this
 * many answers waiting at once on a page, the rest poll instead of starving the page's other
 * requests; when a stream ends, the next waiting answer gets its slot.
 */
const MAX_STREAMS = 3;

const holders: symbol[] = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** true: this component may open a stream; false: it must poll; undefined: not decided yet (before mount). */
export function useStreamSlot(wanted: boolean): boolean | undefined {
  const [id] = useState(() => Symbol("answer-stream"));
  useEffect(() => {
    if (!wanted) return;
    holders.push(id);
    changed();
    return () => {
      holders.splice(holders.indexOf(id), 1);
      changed();
    };
  }, [wanted, id]);
  return useSyncExternalStore(
    subscribe,
    () => {
      const position = holders.indexOf(id);
      if (position === -1) return undefined;
      return typeof window.EventSource !== "undefined" && position < MAX_STREAMS;
    },
    () => undefined,
  );
}
