/**
 * Issue 18 item 3 on the AI path: the grading prompt names the answer's language and asks for the
 * words in the candidate's interface language; the score says which language its words are in.
 */
import { describe, expect, it } from "vitest";
import { detectAnswerLanguage } from "@/server/scoring/openai/answer-language";
import type { TScoreInput } from "@/server/scoring/scorer";
import { withFakeOpenAi } from "@/test/helpers/openai-scorer-harness";
import { fakeModelOutput } from "@/test/scoring-fake-openai";

const QUESTION = { text: "How would you add caching to a slow, read-heavy API endpoint?" };
const RUSSIAN =
  "Сначала я бы измерил, какие запросы самые частые, и поставил перед базой Redis с TTL в пять минут. Инвалидировал бы ключ при каждой записи и следил бы за долей попаданий в кэш.";
const KOREAN = "먼저 가장 자주 호출되는 요청을 측정하고, 데이터베이스 앞에 TTL 5분짜리 Redis 캐시를 두겠습니다. 쓰기마다 키를 무효화하고 캐시 적중률을 지켜보겠습니다.";

const harness = withFakeOpenAi();
const scorer = harness.scorer;
const systemPrompt = () => harness.message("system");

describe("the grading prompt's languages", () => {
  it("names a Russian answer's language and asks for Korean feedback for a Korean-speaking candidate", async () => {
    harness.fake().enqueue({ kind: "completion", content: fakeModelOutput("software_engineering", 6) });
    const input: TScoreInput = { rubric: "software_engineering", level: "mid", question: QUESTION, answer: RUSSIAN, feedbackLanguage: "ko" };
    const { score } = await scorer().scoreWithDetails(input);

    const prompt = systemPrompt();
    expect(prompt).toContain("The answer is written in Russian (Русский)");
    expect(prompt).toMatch(/Write comment, strengths, improvements, feedback and followUp in Korean \(한국어\)/);
    expect(score.language).toBe("ko");
    // The outline under the score is the analyzer's, in the same language.
    expect(score.sampleAnswer).toMatch(/좋은 답변의 구성/);
  });

  it("defaults to English feedback and an English answer", async () => {
    harness.fake().enqueue({ kind: "completion", content: fakeModelOutput("software_engineering", 6) });
    const { score } = await scorer().scoreWithDetails({ rubric: "software_engineering", level: "mid", question: QUESTION, answer: "I would put Redis in front of the database with a five-minute TTL and invalidate on write." });

    expect(systemPrompt()).toContain("The answer is written in English.");
    expect(systemPrompt()).toContain("feedback and followUp in English:");
    expect(score.language).toBe("en");
  });

  it("falls back to the analyzer in the candidate's language when the model fails", async () => {
    harness.fake().enqueue({ kind: "error", status: 400 });
    const { score, fallbackReason } = await scorer().scoreWithDetails({ rubric: "software_engineering", level: "mid", question: QUESTION, answer: KOREAN, feedbackLanguage: "ru" });

    expect(fallbackReason).toBeDefined();
    expect(score.language).toBe("ru");
    expect(score.feedback).toMatch(/[а-я]/);
  });
});

describe("detectAnswerLanguage", () => {
  it("reads the script most letters are in", () => {
    expect(detectAnswerLanguage(RUSSIAN)).toBe("ru");
    expect(detectAnswerLanguage(KOREAN)).toBe("ko");
    expect(detectAnswerLanguage("I'd cache it in Redis.")).toBe("en");
    expect(detectAnswerLanguage("")).toBe("en");
    // A Russian sentence with English terms stays Russian; English with one Russian word stays English.
    expect(detectAnswerLanguage("Я бы поставил Redis cache с TTL и invalidation.")).toBe("ru");
    expect(detectAnswerLanguage("I would use a cache here, which Russians call кэш.")).toBe("en");
  });
});
