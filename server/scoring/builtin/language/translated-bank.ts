/**
 * The question bank's Russian and Korean translations as a reference corpus for the relevance
 * model: each translated question (text, key points, sample answer) is one document of its
 * language, filed under its English question's track. Where a language has no translations yet,
 * its stems are weighed by the hand-made frequency list alone.
 */
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

export type TTranslatedQuestion = { language: "ru" | "ko"; track: string; text: string; document: string };

const TRACK_BY_SLUG = new Map(SEED_QUESTIONS.map((q) => [q.slug, q.track]));

export const TRANSLATED_BANK: readonly TTranslatedQuestion[] = (["ru", "ko"] as const).flatMap((language) =>
  Object.entries(SEED_TRANSLATIONS[language]).flatMap(([slug, t]) => {
    const track = TRACK_BY_SLUG.get(slug);
    return track === undefined ? [] : [{ language, track, text: t.text, document: [t.text, ...t.keyPoints, t.sampleAnswer ?? ""].join(" ") }];
  }),
);

/** The language a stem belongs to, by its script. */
export function bankLanguageOf(s: string): TLanguage {
  if (/[\u0400-\u04FF]/u.test(s)) return "ru";
  if (/[\uAC00-\uD7AF]/u.test(s)) return "ko";
  return "en";
}
