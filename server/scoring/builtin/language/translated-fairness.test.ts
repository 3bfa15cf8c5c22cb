/**
 * The same answer in another language gets about the same score: each bank question's Russian and
 * Korean sample answer, scored under its translated question, against the English original under
 * the English question. A language whose marker phrases the analyzer misses (Korean particles
 * after "O(n)", verb endings that give the reasons) loses points for nothing but the language:
 * before lexicons-ru-ko.ts learned them, 30 of 120 Korean sample answers scored 10 or more points
 * under their English originals (median gap -4). Translations are not word for word, so single
 * answers differ both ways; the test bounds the middle and the low tail.
 */
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";

/** Median of translated minus English totals: within this many points either way. */
const MEDIAN_GAP = 5;
/** At most this share of questions may score 10 or more points under English (measured: ru 9, ko 11 of 120). */
const LOW_TAIL_SHARE = 0.125;

function gaps(language: "ru" | "ko"): number[] {
  return SEED_QUESTIONS.flatMap((q) => {
    const t = SEED_TRANSLATIONS[language][q.slug];
    if (!t?.sampleAnswer) return [];
    const english = analyzeAnswer({
      rubric: q.track,
      level: q.level,
      question: { text: q.text, keyPoints: q.keyPoints, sampleAnswer: q.sampleAnswer, tags: q.tags, followUps: q.followUps },
      answer: q.sampleAnswer,
    });
    const translated = analyzeAnswer({
      rubric: q.track,
      level: q.level,
      question: { text: t.text, keyPoints: t.keyPoints, sampleAnswer: t.sampleAnswer, tags: q.tags, followUps: t.followUps },
      answer: t.sampleAnswer,
      feedbackLanguage: language,
    });
    return [translated.total - english.total];
  });
}

describe("a translated sample answer scores like its English original", () => {
  for (const language of ["ru", "ko"] as const) {
    it(`in ${language}`, () => {
      const all = gaps(language).sort((a, b) => a - b);
      expect(all.length).toBeGreaterThanOrEqual(100);
      const median = all[Math.floor(all.length / 2)] ?? 0;
      const low = all.filter((gap) => gap <= -10).length;
      console.log(`${language}: median gap ${median}, ${low} of ${all.length} answers 10+ points under English`);
      expect(Math.abs(median)).toBeLessThanOrEqual(MEDIAN_GAP);
      expect(low / all.length).toBeLessThanOrEqual(LOW_TAIL_SHARE);
    });
  }
});
