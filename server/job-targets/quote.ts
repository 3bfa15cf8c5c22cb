/**
 * The sentence of an answer that best shows a requirement: the one sharing most of its keywords
 * (stemmed), else the first; clipped to a readable length.
 */
import { splitSentences } from "@/server/scoring/builtin/text";
import { stem } from "@/server/scoring/builtin/stem";
import { words } from "./requirements/term-match";

const MAX_QUOTE = 240;

export function quoteFor(answer: string, keywords: readonly string[]): string {
  const wanted = new Set(keywords.map(stem));
  const sentences = splitSentences(answer).map((sentence) => sentence.text.trim()).filter(Boolean);
  if (sentences.length === 0) return answer.slice(0, MAX_QUOTE);
  const scored = sentences.map((text, index) => ({ text, index, hits: words(text).filter((word) => wanted.has(stem(word))).length }));
  const best = scored.sort((a, b) => b.hits - a.hits || a.index - b.index)[0]!.text;
  return best.length <= MAX_QUOTE ? best : `${best.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, "")}…`;
}
