import { describe, expect, it } from "vitest";
import { localizeQuestion, missingFields, translationStatus } from "./localized-question";

const english = {
  id: "q1",
  text: "Tell me about a mistake.",
  keyPoints: ["own it", "fix it"],
  followUps: [{ text: "Who did you tell first?", dimension: "action" }],
  sampleAnswer: "Situation: ...",
};

describe("localizeQuestion", () => {
  it("takes each translated field and falls back to English field by field, naming the fallbacks", () => {
    const localized = localizeQuestion(english, "ru", { text: "Расскажите об ошибке.", keyPoints: ["признайте её", "исправьте её"], followUps: null, sampleAnswer: "" });
    expect(localized).toEqual({
      ...english,
      text: "Расскажите об ошибке.",
      keyPoints: ["признайте её", "исправьте её"],
      language: "ru",
      fallback: ["followUps", "sampleAnswer"],
    });
  });

  it("is the English question, without fallbacks, in English or with no translation", () => {
    expect(localizeQuestion(english, "en", { text: "ignored" })).toEqual({ ...english, language: "en", fallback: [] });
    expect(localizeQuestion(english, "ko", undefined)).toEqual({ ...english, language: "ko", fallback: ["text", "keyPoints", "followUps", "sampleAnswer"] });
  });

  it("only reports fields the row carries (a list row has only its text)", () => {
    expect(localizeQuestion({ id: "q1", text: "Hi" }, "ko", { sampleAnswer: "..." })).toEqual({ id: "q1", text: "Hi", language: "ko", fallback: ["text"] });
  });
});

describe("a field English leaves empty", () => {
  it("is neither a fallback nor missing (a question without follow-ups can be fully translated)", () => {
    const withoutFollowUps = { ...english, followUps: [] };
    const translation = { text: "Расскажите об ошибке.", keyPoints: ["признайте её"], followUps: null, sampleAnswer: "Ситуация: ..." };
    expect(localizeQuestion(withoutFollowUps, "ru", translation)).toMatchObject({ followUps: [], fallback: [] });
    expect(translationStatus(translation, withoutFollowUps)).toBe("complete");
    expect(translationStatus(translation, english)).toBe("partial");
  });
});

describe("translation status", () => {
  it("is none, partial or complete by the fields present", () => {
    expect(translationStatus(null)).toBe("none");
    expect(translationStatus({ text: "Вопрос", keyPoints: [], followUps: null, sampleAnswer: null })).toBe("partial");
    expect(translationStatus({ text: "질문", keyPoints: ["a"], followUps: [{ text: "b", dimension: "action" }], sampleAnswer: "c" })).toBe("complete");
    expect(missingFields({ text: "Вопрос" })).toEqual(["keyPoints", "followUps", "sampleAnswer"]);
  });
});
