"use client";

import { useLocale } from "next-intl";
import { intlLocale } from "./format";
import { useHydrated } from "./use-hydrated";

/**
 * Times on the 24-hour clock in every language: English (en-GB) and Russian write them so anyway, and
 * Korean's 12-hour clock names the day period from ICU data that differs between Node and browsers
 * (Node's ICU 78 writes "AM 8:12", Chromium "오전 8:12"), so the server's text would not match the
 * hydrating browser's (React error #418 on every Korean page with a time).
 */
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

export const FORMATS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  short: { day: "numeric", month: "short" },
  dateTime: { day: "numeric", month: "short", year: "numeric", ...CLOCK },
  weekdayTime: { weekday: "short", day: "numeric", month: "short", ...CLOCK },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type TTimeFormat = keyof typeof FORMATS;

/**
 * A date in the reader's own time zone. The server cannot know that zone, so the first paint (and
 * a page without JavaScript) shows UTC and says so; the browser swaps in local time after hydration.
 * Written the interface language's way ("5 янв. 2026 г.", "2026년 1월 5일").
 */
export function LocalTime({ iso, format = "date", className }: { iso: string; format?: TTimeFormat; className?: string }) {
  const locale = intlLocale(useLocale());
  const inBrowser = useHydrated();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // UTC until hydration, so the server's text and the hydrating client's agree.
  const text = inBrowser
    ? new Intl.DateTimeFormat(locale, FORMATS[format]).format(date)
    : new Intl.DateTimeFormat(locale, { ...FORMATS[format], timeZone: "UTC" }).format(date);
  const showsTime = format === "dateTime" || format === "weekdayTime";
  return (
    <time dateTime={iso} className={className}>
      {text}
      {!inBrowser && showsTime ? " UTC" : null}
    </time>
  );
}
