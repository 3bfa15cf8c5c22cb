/**
 * Which language an answer is written in, from its script: Hangul is Korean, Cyrillic is Russian,
 * everything else is English. A mixed answer ("я бы поставил Redis перед API") goes by the majority
 * of its letters, so Latin product names inside Russian or Korean prose do not flip it.
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/u;

export function isHangul(char: string): boolean {
  return HANGUL.test(char);
}

export function isCyrillic(char: string): boolean {
  return CYRILLIC.test(char);
}

export type TScriptCounts = { latin: number; cyrillic: number; hangul: number };

export function countScripts(text: string): TScriptCounts {
  const counts = { latin: 0, cyrillic: 0, hangul: 0 };
  for (const char of text) {
    if (LATIN.test(char)) counts.latin += 1;
    else if (CYRILLIC.test(char)) counts.cyrillic += 1;
    // A Hangul syllable carries two or three letters' worth of sound: weigh it like two Latin letters.
    else if (HANGUL.test(char)) counts.hangul += 2;
  }
  return counts;
}

/** The answer's language. Fenced code is left out: a Korean answer with a Python block is Korean. */
export function detectLanguage(text: string): TLanguage {
  const { latin, cyrillic, hangul } = countScripts(text.replace(/```[\s\S]*?(?:```|$)/g, " "));
  if (hangul > latin && hangul >= cyrillic) return "ko";
  if (cyrillic > latin && cyrillic > hangul) return "ru";
  return "en";
}
