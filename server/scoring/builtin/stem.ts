/**
 * A deliberately light stemmer: enough to make "caching"/"cache", "dropped"/"drop" and
 * "budgets"/"budgeting" meet, without a dictionary. Both sides of every comparison go through
 * the same function, so the stems only need to be consistent, not pretty.
 */

import { foreignStem } from "@/server/scoring/builtin/language/tokens";

const DOUBLED_ENDING = /([bdgklmnprt])\1$/;

/** [suffix, replacement, shortest word it applies to], tried in this order; the first that fits is cut. */
const SUFFIXES: ReadonlyArray<readonly [string, string, number]> = [
  ["ational", "ate", 8], ["ization", "ize", 8], ["isation", "ize", 8], ["ation", "ate", 7],
  ["ement", "e", 8], ["ment", "", 7], ["ness", "", 6],
  ["ingly", "", 7], ["edly", "", 7], ["ing", "", 6], ["eed", "ee", 5], ["ed", "", 5], ["ly", "", 6],
];

/** Stems are looked up thousands of times per answer; a bounded memo keeps that a map read. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function stem(word: string): string {
  const known = MEMO.get(word);
  if (known !== undefined) return known;
  // Russian (Snowball) and Korean (particles and endings cut) words have their own stemmers.
  const result = foreignStem(word) ?? computeStem(word);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, result);
  return result;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, "").replace(/['\u2019]/g, "");
  if (w.length <= 3) return w;

  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  for (const [suffix, replacement, minLength] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length >= minLength) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }

  if (DOUBLED_ENDING.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}
