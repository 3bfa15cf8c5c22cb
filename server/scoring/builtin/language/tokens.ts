/**
 * Per-language token handling the shared tokenizer and stemmer call into: Korean words are split
 * into stem and ending, Russian words go through Snowball, everything else stays with the English
 * code path unchanged (the checks below only fire on Cyrillic or Hangul).
 */
import { koreanStem, koreanTokens } from "@/server/scoring/builtin/language/korean";
import { russianStem } from "@/server/scoring/builtin/language/russian";

const ENDS_IN_HANGUL = /[\uAC00-\uD7AF]$/u;
const HAS_CYRILLIC = /[\u0400-\u04FF]/u;
const HAS_HANGUL = /[\uAC00-\uD7AF]/u;

/** The tokens one matched word becomes: Korean eojeol split in two, any other word as it is. */
export function languageTokens(word: string): string[] {
  return ENDS_IN_HANGUL.test(word) ? koreanTokens(word) : [word];
}

/** A Russian or Korean stem, or null for a word the English stemmer handles. */
export function foreignStem(word: string): string | null {
  if (HAS_CYRILLIC.test(word)) return russianStem(word);
  if (HAS_HANGUL.test(word)) return koreanStem(word);
  return null;
}
