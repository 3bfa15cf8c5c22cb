/**
 * Every topic tag of the seeded question bank has a name in each language (vocabulary.topics), so a
 * Russian or Korean reader does not see "product design" on the practice page, the report and the
 * start form. Tags stay English keys everywhere else (filters, REST, statistics).
 */
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "./messages";

const bankTags = [...new Set(SEED_QUESTIONS.flatMap((question) => question.tags))].sort();
// Names that are the same in every language on purpose: acronyms and brand-like terms.
const SAME_EVERYWHERE = new Set(["http", "ai"]);

describe("topic names", () => {
  it("names every bank tag in every language, and not in English outside English", () => {
    expect(bankTags.length).toBeGreaterThan(20);
    const english = loadMessages("en").vocabulary.topics as Record<string, string>;
    for (const language of LANGUAGES) {
      const names = loadMessages(language).vocabulary.topics as Record<string, string>;
      const missing = bankTags.filter((tag) => !names[tag]?.trim());
      expect(missing, `${language} has no name for`).toEqual([]);
      if (language === "en") continue;
      const untranslated = bankTags.filter((tag) => !SAME_EVERYWHERE.has(tag) && names[tag] === english[tag]);
      expect(untranslated, `${language} copies English for`).toEqual([]);
    }
  });

  it("names no tag the bank does not have (a renamed tag must not leave a stale name behind)", () => {
    const named = Object.keys(loadMessages("en").vocabulary.topics).sort();
    expect(named).toEqual(bankTags);
  });
});
