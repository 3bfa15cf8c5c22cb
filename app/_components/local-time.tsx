"use client";

import { useSyncExternalStore } from "react";

const FORMATS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  short: { day: "numeric", month: "short" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" },
  weekdayTime: { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type TTimeFormat = keyof typeof FORMATS;

const subscribe = () => () => {};

/**
 * A date in the reader's own time zone. The server cannot know that zone, so the first paint (and
 * a page without JavaScript) shows UTC and says so; the browser swaps in local time after hydration.
 */
export function LocalTime({ iso, format = "date", className }: { iso: string; format?: TTimeFormat; className?: string }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A fixed locale and zone until hydration, so the server's text and the hydrating client's agree.
  const text = inBrowser
    ? new Intl.DateTimeFormat(undefined, FORMATS[format]).format(date)
    : new Intl.DateTimeFormat("en-GB", { ...FORMATS[format], timeZone: "UTC" }).format(date);
  const showsTime = format === "dateTime" || format === "weekdayTime";
  return (
    <time dateTime={iso} className={className}>
      {text}
      {!inBrowser && showsTime ? " UTC" : null}
    </time>
  );
}
