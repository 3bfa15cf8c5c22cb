/**
 * Whole-word term matching that works for Latin and Cyrillic alike (\b is ASCII-only in JS).
 * A trailing `*` matches any word ending: "prioriti*" → prioritize, prioritization.
 */
const LETTER = "[\\p{L}\\p{N}]";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export function termPattern(term: string): string {
  const prefix = term.endsWith("*");
  const body = escape(prefix ? term.slice(0, -1) : term).replace(/\s+/g, "\\s+");
  return `(?<!${LETTER})${body}${prefix ? `${LETTER}*` : `(?!${LETTER})`}`;
}

export function compileTerms(terms: readonly string[]): RegExp {
  return new RegExp(terms.map(termPattern).join("|"), "iu");
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.'-]*/gu;

/** Lower-case words, trailing punctuation trimmed. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/[.'-]+$/, ""));
}
