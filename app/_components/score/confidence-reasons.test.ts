/**
 * A score's confidence reasons in the reader's language: the analyzer writes the sentences declared
 * in confidence-reasons.ts, and a sentence stored in one language reads in another.
 */
import { describe, expect, it } from "vitest";
import { reasonPhraseKeys } from "./confidence-note";
import { EN } from "@/server/scoring/builtin/feedback-text/en";
import { KO } from "@/server/scoring/builtin/feedback-text/ko";
import { RU } from "@/server/scoring/builtin/feedback-text/ru";
import { CONFIDENCE_REASON_TEXTS, confidenceReasonCode, confidenceReasonIn } from "@/server/contracts/vocabulary/confidence-reasons";

describe("confidence reasons", () => {
  it("are the sentences the built-in analyzer writes in each language", () => {
    expect(EN.confidence).toEqual(CONFIDENCE_REASON_TEXTS.en);
    expect(RU.confidence).toEqual(CONFIDENCE_REASON_TEXTS.ru);
    expect(KO.confidence).toEqual(CONFIDENCE_REASON_TEXTS.ko);
  });

  it("reads a reason stored in Russian in Korean and English, and leaves other text as written", () => {
    expect(confidenceReasonCode(CONFIDENCE_REASON_TEXTS.ru.short)).toBe("short");
    expect(confidenceReasonIn(CONFIDENCE_REASON_TEXTS.ru.weakLink, "ko")).toBe(CONFIDENCE_REASON_TEXTS.ko.weakLink);
    expect(confidenceReasonIn(CONFIDENCE_REASON_TEXTS.ko.injected, "en")).toBe(CONFIDENCE_REASON_TEXTS.en.injected);
    expect(confidenceReasonIn("The grader was unsure.", "ru")).toBe("The grader was unsure.");
  });

  it("gives the score card's summary phrases for Russian and Korean reasons too (the English patterns missed them)", () => {
    expect(reasonPhraseKeys([CONFIDENCE_REASON_TEXTS.ru.short, CONFIDENCE_REASON_TEXTS.ru.offTopic])).toEqual(["short", "offTopic"]);
    expect(reasonPhraseKeys([CONFIDENCE_REASON_TEXTS.ko.unusual, CONFIDENCE_REASON_TEXTS.ko.injected])).toEqual(["format", "grader"]);
    expect(reasonPhraseKeys(["The answer is very short."])).toEqual(["short"]);
  });
});
