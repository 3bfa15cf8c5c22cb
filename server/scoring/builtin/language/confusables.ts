/**
 * Where a Cyrillic or Greek letter disguises a Latin one. "ignоre" with a Cyrillic "о" is an English
 * word in disguise; "оценка" is a Russian word. A letter is read as its Latin look-alike when its word
 * also holds Latin letters, or when the word is made only of look-alikes ("сору", "ехес") in a text
 * written mostly in Latin script. Russian prose therefore reaches the injection patterns unchanged.
 */
import { countScripts } from "@/server/scoring/builtin/language/detect";

const WORD = /[\p{L}\p{M}\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]+/gu;
const LATIN = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const LOOKALIKE = /[аеорсухіѕјԁАЕОРСУХІЅЈοαεινтκΟΑΕΙΝΤΚ\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/u;
const NON_LATIN_LETTER = /[\u0370-\u03FF\u0400-\u052F]/u;

/** For an original text, a test of whether the letter at an index (UTF-16 offset) may be folded to Latin. */
export function disguisedLetters(original: string): (index: number) => boolean {
  if (!NON_LATIN_LETTER.test(original)) return () => true;
  const counts = countScripts(original);
  const mostlyLatin = counts.latin > counts.cyrillic + counts.hangul;
  const folds = new Uint8Array(original.length);
  for (const match of original.matchAll(WORD)) {
    const word = match[0];
    const mixed = LATIN.test(word) && NON_LATIN_LETTER.test(word);
    const allLookalike = mostlyLatin && [...word].every((c) => LOOKALIKE.test(c));
    if (mixed || allLookalike) folds.fill(1, match.index, match.index + word.length);
  }
  return (index) => folds[index] === 1;
}
