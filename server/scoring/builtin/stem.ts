/**
 * A deliberately light stemmer: enough to make "caching"/"cache", "dropped"/"drop" and
 * "budgets"/"budgeting" meet, without a dictionary. Both sides of every comparison go through
 * the same function, so the stems only need to be consistent, not pretty.
 */

const DOUBLED_ENDING = /([bdgklmnprt])\1$/;

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, "").replace(/['\u2019]/g, "");
  if (w.length <= 3) return w;

  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  const suffixes: ReadonlyArray<readonly [string, string, number]> = [
    ["ational", "ate", 8],
    ["ization", "ize", 8],
    ["isation", "ize", 8],
    ["ation", "ate", 7],
    ["ement", "e", 8],
    ["ment", "", 7],
    ["ness", "", 6],
    ["ingly", "", 7],
    ["edly", "", 7],
    ["ing", "", 6],
    ["eed", "ee", 5],
    ["ed", "", 5],
    ["ly", "", 6],
  ];
  for (const [suffix, replacement, minLength] of suffixes) {
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
