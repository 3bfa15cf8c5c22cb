/**
 * Scores extracted requirements against hand-labelled ones (test fixtures): a label is found when
 * at least half of its content words (compared by their first five letters, so "payments" meets
 * "payment" and Russian case endings meet) occur in one extracted requirement; an extracted
 * requirement that finds no label is spurious.
 */
import { words } from "./term-match";

const GENERIC = new Set("domain домен experience years year strong good solid the and with for your our you will опыт".split(" "));

function roots(text: string): Set<string> {
  return new Set(words(text).filter((word) => word.length > 2 && !GENERIC.has(word)).map((word) => word.slice(0, 5)));
}

function finds(extracted: string, label: string): boolean {
  const want = roots(label);
  if (want.size === 0) return false;
  const have = roots(extracted);
  let shared = 0;
  for (const root of want) if (have.has(root)) shared += 1;
  return shared / want.size >= 0.5;
}

export interface TExtractionScore {
  labelled: number;
  extracted: number;
  found: number;
  spurious: number;
  missed: string[];
  spuriousItems: string[];
}

export function scoreExtraction(extracted: readonly string[], labels: readonly string[]): TExtractionScore {
  const missed = labels.filter((label) => !extracted.some((item) => finds(item, label)));
  const spuriousItems = extracted.filter((item) => !labels.some((label) => finds(item, label)));
  return { labelled: labels.length, extracted: extracted.length, found: labels.length - missed.length, spurious: spuriousItems.length, missed, spuriousItems };
}
