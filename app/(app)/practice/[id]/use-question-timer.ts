"use client";

import { useCallback, useEffect, useState } from "react";
import { readNumber, removeLocal, writeNumber } from "./draft-storage";

/**
 * Seconds spent on the current attempt, counting up once a second while the tab is visible (time
 * in another tab is not time spent answering). Kept in localStorage so a reload does not reset it.
 * Use only after hydration.
 */
export function useQuestionTimer(storageKey: string, running: boolean) {
  const [seconds, setSeconds] = useState(() => readNumber(storageKey));
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") setSeconds((current) => current + 1);
    }, 1000);
    const onVisibility = () => setHidden(document.visibilityState === "hidden");
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [running]);

  useEffect(() => {
    if (seconds > 0) writeNumber(storageKey, seconds);
  }, [storageKey, seconds]);

  const clear = useCallback(() => removeLocal(storageKey), [storageKey]);

  return { seconds, paused: hidden || !running, clear };
}
