/**
 * The two languages the grading prompt names: the one the answer is written in (detected simply
 * from its script) and the candidate's interface language, which the words must be written in.
 */
import { LANGUAGE_NATIVE_NAMES, type TLanguage } from "@/server/contracts/vocabulary/languages";

const ENGLISH_NAMES: Record<TLanguage, string> = { en: "English", ru: "Russian", ko: "Korean" };

/**
 * Hangul → Korean, Cyrillic → Russian, else English: the script with most of the letters wins, so a
 * Russian answer with English terms ("кэш, Redis, TTL") still reads as Russian. Code counts too,
 * which is fine: identifiers are Latin and a mostly-code answer is graded in English terms anyway.
 */
export function detectAnswerLanguage(answer: string): TLanguage {
  const hangul = answer.match(/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/gu)?.length ?? 0;
  const cyrillic = answer.match(/[\u0400-\u04FF]/gu)?.length ?? 0;
  const latin = answer.match(/[A-Za-z]/g)?.length ?? 0;
  // A Hangul syllable spells about three letters.
  if (hangul > 0 && hangul * 3 >= latin && hangul >= cyrillic) return "ko";
  if (cyrillic > 0 && cyrillic * 2 >= latin) return "ru";
  return "en";
}

/** "English", or "Russian (Русский)": the model sees the language's name both ways. */
export function languageName(language: TLanguage): string {
  return language === "en" ? ENGLISH_NAMES.en : `${ENGLISH_NAMES[language]} (${LANGUAGE_NATIVE_NAMES[language]})`;
}
