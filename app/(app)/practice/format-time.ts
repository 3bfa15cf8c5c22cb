/** Dates and durations in the interface language and the reader's own time zone (so only call these in the browser); 24-hour clock as LocalTime's. */
import { intlLocale } from "@/app/_components/format";
import { isLanguage } from "@/server/contracts/vocabulary/languages";

function dateLocale(locale: string | undefined): string | undefined {
  return isLanguage(locale) ? intlLocale(locale) : undefined;
}

export function formatResetDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}

/** "12:03": when a draft was last saved. */
export function formatClock(iso: string | number, locale?: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}

/** mm:ss, or h:mm:ss past the hour. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "2 minutes 5 seconds", for screen readers and summaries. */
export function spokenDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}
