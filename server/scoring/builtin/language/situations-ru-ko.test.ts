/**
 * Situation families in Russian and Korean stories (examples written for this test): a story told in
 * its own words names its kind of situation, which lifts it where word overlap with the question
 * cannot; a poor fit in those languages never lowers a story or calls it one of another kind.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { situationCounts, situationFit } from "@/server/scoring/builtin/situations";
import type { TScoreInput } from "@/server/scoring/scorer";

const KO_CONFLICT_Q = "동료와 의견이 크게 엇갈렸던 경험을 말씀해 주세요. 어떻게 풀었나요?";
/** Names the disagreement ("반대했", "갈등") without repeating KO_CONFLICT_Q's "의견" or "엇갈렸던". */
const KO_CONFLICT_STORY =
  "작년에 결제 모듈을 맡았을 때, 시니어 개발자가 재시도 로직을 클라이언트에 두자고 했고 저는 반대했습니다. 중복 결제가 생길 수 있었기 때문입니다. " +
  "갈등이 길어지자 저는 두 방식의 장애 시나리오를 표로 정리해 함께 검토하자고 제안했습니다. 검토 끝에 서버에서 멱등 키로 처리하기로 했고, 출시 후 중복 결제는 0건이었습니다. " +
  "이후로는 설계가 갈릴 때 감정보다 실패 사례부터 같이 보는 습관을 들였습니다.";

const RU_MISTAKE_Q = "Расскажите о случае, когда вы допустили промах в работе.";
const RU_MISTAKE_STORY =
  "В прошлом году я выкатил миграцию в пятницу вечером и не проверил её на копии продакшена. Сломалась авторизация, и час пользователи не могли войти. " +
  "Я откатил релиз, извинился перед поддержкой и написал разбор инцидента. С тех пор я прогоняю каждую миграцию на стенде и не выкатываю по пятницам.";

describe("Russian and Korean situation families", () => {
  it("count a story's own words for its situation", () => {
    expect(situationCounts(KO_CONFLICT_STORY).get("conflict")).toBeGreaterThanOrEqual(2);
    expect(situationCounts(RU_MISTAKE_STORY).get("mistake")).toBeGreaterThanOrEqual(3);
  });

  it("read the asked situation from a Korean prompt whose words carry particles", () => {
    expect(situationFit("갈등이 있었던 경험을 말씀해 주세요.", KO_CONFLICT_STORY).asked).toEqual(["conflict"]);
    // "Opinions diverged" is how Korean often asks for a disagreement (29 points before it was read so).
    expect(situationFit(KO_CONFLICT_Q, KO_CONFLICT_STORY).asked).toEqual(["conflict"]);
  });

  it("a story of the asked kind scores above what word overlap alone gave it", () => {
    const input = (question: string, answer: string, language: "ru" | "ko"): TScoreInput => ({ rubric: "behavioral", level: "mid", question: { text: question }, answer, feedbackLanguage: language });
    const ko = analyzeAnswer(input(KO_CONFLICT_Q, KO_CONFLICT_STORY, "ko"));
    expect(ko.flags).not.toContain("off_topic");
    expect(ko.total).toBeGreaterThanOrEqual(50);
    const ru = analyzeAnswer(input(RU_MISTAKE_Q, RU_MISTAKE_STORY, "ru"));
    expect(ru.flags).not.toContain("off_topic");
    expect(ru.total).toBeGreaterThanOrEqual(60);
  });

  it("is never trusted to call a Russian or Korean story one of another kind", () => {
    // A deadline question answered with a story full of bugs: in English the families would call it a mistake story.
    const fit = situationFit("촉박한 마감 속에서 일했던 경험을 말씀해 주세요.", "출시 직전에 버그가 여러 개 나왔고, 장애를 막으려고 버그 수정부터 했습니다. 결함 목록을 매일 공유했습니다.");
    expect(fit.trusted).toBe(false);
    expect(fit.otherKind).toBe(false);
  });
});
