/**
 * formatDuration in the interface language (vocabulary.duration): "4 min 05 s", "4 мин 05 с".
 * Null when nothing was recorded, as formatDuration.
 */
import { useTranslations } from "next-intl";

/** The "vocabulary" translator, from useTranslations or getTranslations. */
type TVocabulary = (key: "duration.hours" | "duration.minutes" | "duration.seconds", values: Record<string, string | number>) => string;

export function durationText(tv: TVocabulary, seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return null;
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return tv("duration.hours", { hours, minutes });
  if (minutes > 0) return tv("duration.minutes", { minutes, seconds: String(rest).padStart(2, "0") });
  return tv("duration.seconds", { seconds: rest });
}

export function useDuration(): (seconds: number | null | undefined) => string | null {
  const tv = useTranslations("vocabulary");
  return (seconds) => durationText(tv as unknown as TVocabulary, seconds);
}
