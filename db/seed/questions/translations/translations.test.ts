import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "..";
import { SEED_SAMPLE_ANSWERS, SEED_TRANSLATIONS } from ".";

const bySlug = new Map(SEED_QUESTIONS.map((question) => [question.slug, question]));
const HANGUL = /[\uAC00-\uD7A3]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe.each(Object.entries(SEED_TRANSLATIONS))("seed translations (%s)", (language, translations) => {
  const script = language === "ru" ? CYRILLIC : HANGUL;

  it("name only slugs of the bank, and every question of the bank", () => {
    expect(Object.keys(translations).filter((slug) => !bySlug.has(slug))).toEqual([]);
    expect(SEED_QUESTIONS.map((question) => question.slug).filter((slug) => !translations[slug])).toEqual([]);
    expect(Object.keys(SEED_SAMPLE_ANSWERS[language as keyof typeof SEED_SAMPLE_ANSWERS]).filter((slug) => !bySlug.has(slug))).toEqual([]);
  });

  it.each(Object.entries(translations))("%s matches its English question one for one, in the language's script", (slug, translation) => {
    const english = bySlug.get(slug)!;
    expect(translation.keyPoints).toHaveLength(english.keyPoints.length);
    expect(translation.followUps.map((followUp) => followUp.dimension)).toEqual(english.followUps.map((followUp) => followUp.dimension));
    for (const line of [translation.text, ...translation.keyPoints, ...translation.followUps.map((followUp) => followUp.text)]) {
      expect(line.trim().length, line).toBeGreaterThan(0);
      expect(line, line).toMatch(script);
    }
    if (translation.sampleAnswer !== undefined) {
      expect(translation.sampleAnswer).toMatch(script);
      // Code stays code: a sample answer with fenced code keeps the same number of fences.
      expect(translation.sampleAnswer.split("```").length).toBe(english.sampleAnswer.split("```").length);
    }
  });
});

describe("translated coding sample answers", () => {
  it("keep the bank's code word for word (only comments are translated)", () => {
    const codeLines = (text: string) => (text.match(/^```[\w-]*\n[\s\S]*?^```$/gm) ?? []).join("\n").split("\n").map((line) => line.replace(/\s*#.*$/, ""));
    for (const [language, answers] of Object.entries(SEED_SAMPLE_ANSWERS)) {
      for (const [slug, answer] of Object.entries(answers)) {
        const english = bySlug.get(slug)!.sampleAnswer;
        if (!english.includes("```")) continue;
        expect(codeLines(answer), `${language} ${slug}`).toEqual(codeLines(english));
      }
    }
  });
});
