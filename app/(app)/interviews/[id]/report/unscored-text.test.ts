/**
 * Issue 18: an answer held back for review without a score says why in the reader's language; the
 * report listed the stable reason codes ("user_dispute, scoring_failed") in a Russian or Korean sentence.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { unscoredText } from "./question-report";

type TWords = Parameters<typeof unscoredText>[0];

function words(language: TLanguage): TWords {
  return createTranslator({ locale: language, messages: loadMessages(language), namespace: "report.question" }) as unknown as TWords;
}

const REASONS = ["user_dispute", "scoring_failed", "possible_prompt_injection", "ai_fallback", "inconsistent", "off_topic", "too_short", "padding", "no_answer"];

describe("a flagged answer without a score, in the report", () => {
  it.each<TLanguage>(["ru", "ko"])("names every reason in %s, no code or English left", (language) => {
    const text = unscoredText(words(language), { status: "flagged", flagReasons: REASONS });
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("reads in English as before, and an unknown reason as written", () => {
    expect(unscoredText(words("en"), { status: "flagged", flagReasons: ["user_dispute", "scoring_failed"] })).toBe("This answer was held back for review: you disputed its score, scoring failed.");
    expect(unscoredText(words("ru"), { status: "flagged", flagReasons: ["something_new"] })).toContain("something_new");
  });
});
