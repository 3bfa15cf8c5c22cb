/**
 * Issue 18 item 3: the built-in analyzer writes its words in the candidate's interface language,
 * and only its words: the numbers, flags and quotes do not depend on the language.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { koPhrase } from "@/server/scoring/builtin/feedback-text/ko-phrases";
import { ruPhrase } from "@/server/scoring/builtin/feedback-text/ru-phrases";
import { feedbackCorpus, outsideQuotes, sentencesOf } from "@/test/helpers/feedback-corpus";

const corpus = feedbackCorpus();

/** Latin words a Russian or Korean interviewer writes as they are. */
const KEPT_AS_IS = /\b(?:Big-O|RICE|CIRCLES|MoSCoW|STAR|A\/B|X|Y|North Star|Kano|Eisenhower|5 Whys|JTBD|AARRR|OKR|HEART|ICE|SWOT|SOLID|TDD|CAP)\b/g;

function words(score: TScore): string[] {
  return [
    score.feedback,
    ...score.strengths,
    ...score.improvements,
    ...score.dimensions.map((d) => d.comment),
    score.followUp ?? "",
    score.sampleAnswer,
    ...(score.confidence?.reasons ?? []),
  ];
}

/** English left in a text once quoted spans (question, key points, answer) and kept terms are out. */
function english(text: string): string | null {
  const rest = outsideQuotes(text).replace(/'[^']*'/g, "").replace(KEPT_AS_IS, "");
  return /[A-Za-z]{2,}/.test(rest) ? rest : null;
}

describe.each<TLanguage>(["ru", "ko"])("feedback in %s", (language) => {
  const scored = corpus.map((c) => ({
    id: c.id,
    en: analyzeAnswer(c.input),
    local: analyzeAnswer({ ...c.input, feedbackLanguage: language }),
  }));

  it("is written in that language throughout: no English phrase left over", () => {
    const left = scored.flatMap(({ id, local }) => words(local).flatMap((text) => (english(text) ? [`${id}: ${text}`] : [])));
    expect(left).toEqual([]);
  });

  it("changes only the words: totals, dimension scores, flags, evidence and confidence level are the English run's", () => {
    for (const { en, local } of scored) {
      expect(local.total).toBe(en.total);
      expect(local.dimensions.map((d) => [d.key, d.score, d.evidence])).toEqual(en.dimensions.map((d) => [d.key, d.score, d.evidence]));
      expect(local.flags).toEqual(en.flags);
      expect(local.confidence?.level).toBe(en.confidence?.level);
    }
  });

  it("labels the score with the language it is written in", () => {
    expect(scored.every(({ en, local }) => en.language === "en" && local.language === language)).toBe(true);
  });

  it("never repeats a sentence across the dimension comments", () => {
    const repeated = scored.flatMap(({ id, local }) => {
      const sentences = local.dimensions.flatMap((d) => sentencesOf(d.comment));
      return sentences.filter((s, i) => sentences.indexOf(s) !== i).map((s) => `${id}: ${s}`);
    });
    expect(repeated).toEqual([]);
  });

  it("gives as many comments, strengths and improvements as in English", () => {
    for (const { en, local } of scored) {
      expect(local.dimensions.map((d) => d.comment.length > 0)).toEqual(en.dimensions.map((d) => d.comment.length > 0));
      expect(local.strengths.length).toBe(en.strengths.length);
      expect(local.improvements.length).toBe(en.improvements.length);
    }
  });
});

describe("a framework named in the answer", () => {
  const say = { ru: ruPhrase, ko: koPhrase } as const;
  it.each([
    ["root-cause analysis", "ru", "анализа первопричин"],
    ["Root cause analysis", "ko", "근본 원인 분석"],
    ["north star metric", "ru", "North Star"],
    ["5 whys", "ko", "5 Whys"],
    ["impact/effort", "ru", "«эффект против усилий»"],
    ["RICE", "ko", "RICE"],
  ] as const)("is named the way an interviewer in that language names it (%s, %s)", (framework, language, expected) => {
    const phrase = say[language](`organises the answer with ${framework}`);
    expect(phrase).toContain(expected);
    expect(english(phrase)).toBeNull();
  });
});

describe("a bank question's own follow-up", () => {
  it("is asked as the bank wrote it, whatever the interface language (the bank holds its translations)", () => {
    const question = { text: "Расскажите о своей ошибке. Что произошло и что вы сделали?", followUps: [{ text: "Кому вы сказали первым и как именно?", dimension: "action" }] };
    const score = analyzeAnswer({ rubric: "behavioral", level: "junior", question, answer: "Я ошибся в миграции базы.", feedbackLanguage: "ru" });
    expect(score.followUp).toBe("Кому вы сказали первым и как именно?");
  });
});
