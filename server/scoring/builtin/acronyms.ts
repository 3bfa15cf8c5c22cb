/**
 * Acronyms an answer uses for the question's own words: "WAU" for "weekly active users", "VMs" for
 * "virtual machines", "OOM" for "out of memory". A candidate who writes the short form has named
 * the question's subject; word overlap alone would count it as missing.
 */
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";

/** An upper-case token of 2–5 letters, optionally plural ("VMs", "SLOs"). */
const ACRONYM = /\b([A-Z]{2,5})s?\b/g;

/** The question's phrases of 2–5 words by their initials ("wau" → weekly, active, users), memoised per question. */
const phrasesByInitials = memoByKey((question: string): ReadonlyMap<string, readonly string[]> => {
  const words = tokenize(question.replace(/[-/]/g, " "));
  const byInitials = new Map<string, string[]>();
  for (let length = 2; length <= 5; length += 1) {
    for (let i = 0; i + length <= words.length; i += 1) {
      const phrase = words.slice(i, i + length);
      // "out of memory" keeps its "of"; a phrase may not start or end on a stop word.
      if (isStopWord(phrase[0] ?? "") || isStopWord(phrase[length - 1] ?? "")) continue;
      const initials = phrase.map((w) => w[0]).join("");
      if (!byInitials.has(initials)) byInitials.set(initials, phrase.filter((w) => !isStopWord(w)));
      const contentOnly = phrase.filter((w) => !isStopWord(w));
      const contentInitials = contentOnly.map((w) => w[0]).join("");
      if (contentOnly.length >= 2 && !byInitials.has(contentInitials)) byInitials.set(contentInitials, contentOnly);
    }
  }
  return byInitials;
});

/** Stems of the question words each acronym in the answer stands for (each phrase once). */
export function acronymStems(question: string, answer: string): string[] {
  const byInitials = phrasesByInitials(question);
  const stems: string[] = [];
  const seen = new Set<string>();
  for (const match of answer.matchAll(ACRONYM)) {
    const key = (match[1] ?? "").toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const word of byInitials.get(key) ?? []) stems.push(stem(word));
  }
  return stems;
}
