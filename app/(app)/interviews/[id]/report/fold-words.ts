/**
 * When the report folds an answer, and the opening words it shows while folded. A typical answer is
 * 100–300 words; past FOLD_WORDS it runs to several screens, so the report shows its start and a toggle.
 */
export const FOLD_WORDS = 300;
const EXCERPT_WORDS = 50;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export function wordCount(text: string): number {
  return words(text).length;
}

/** The answer's first words as plain text: Markdown's marks (headings, emphasis, code fences, links) left out. */
export function answerExcerpt(text: string, limit = EXCERPT_WORDS): string {
  const plain = text
    .replace(/^```.*$/gm, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|[*_`~])/g, "");
  const opening = words(plain);
  return opening.length > limit ? `${opening.slice(0, limit).join(" ")} …` : opening.join(" ");
}
