"use client";

import { createContext, useContext, useRef, useState, type ReactNode } from "react";

interface TAnnouncer {
  /** Shows the message above the list and moves focus to it (the control that acted is gone). */
  announce: (message: string) => void;
}

const AnnouncerContext = createContext<TAnnouncer>({ announce: () => {} });

export function useHistoryAnnouncer(): TAnnouncer {
  return useContext(AnnouncerContext);
}

/**
 * Outlives the rows: a deleted row takes its own button (and any message inside it) with it, so
 * the news is announced here and focus lands here instead of falling back to the page top.
 */
export function HistoryAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const announce = (next: string) => {
    setMessage(next);
    // After React has rendered the message, so it is read as the focused element's content.
    requestAnimationFrame(() => region.current?.focus());
  };
  return (
    <AnnouncerContext value={{ announce }}>
      <div
        ref={region}
        role="status"
        tabIndex={-1}
        style={{ outline: "none" }}
        className={message ? "mb-4 rounded-lg border border-green-200 bg-green-50 p-3 text-sm text-green-900" : "sr-only"}
      >
        {message}
      </div>
      {children}
    </AnnouncerContext>
  );
}
