/**
 * A rubric dimension's name in a language, for what the server sends as words rather than keys: a
 * score's dimensions (in the language the score's words were written in) and progress's skills and
 * gaps (in the reader's). English keeps the rubric's own label, which can say more than the
 * vocabulary's name ("Correctness (tests)" for a coding answer whose tests were run); a key the
 * vocabulary lacks keeps it too. The web app names dimensions from their keys (dimension-name.ts), so
 * this is what REST clients and exports read.
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";

export function dimensionLabel(key: string, rubricLabel: string, language: TLanguage | null | undefined): string {
  if (!language || language === "en") return rubricLabel;
  const names: Readonly<Record<string, string>> = loadMessages(language).vocabulary.dimensions;
  return Object.hasOwn(names, key) ? (names[key] ?? rubricLabel) : rubricLabel;
}

/** A score with its dimensions named in the language its words were written in (`score.language`). */
export function withDimensionLabels<T extends { dimensions: ReadonlyArray<{ key: string; label: string }>; language?: TLanguage | null }>(score: T): T {
  return { ...score, dimensions: score.dimensions.map((dimension) => ({ ...dimension, label: dimensionLabel(dimension.key, dimension.label, score.language) })) };
}
