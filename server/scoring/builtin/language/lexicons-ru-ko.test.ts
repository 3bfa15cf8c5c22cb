/**
 * The analyzer's marker phrases in Russian and Korean sentences, as candidates write them (examples
 * written for this test): Korean attaches particles to English terms ("O(n)입니다", "RICE로") and
 * marks causes and conditions with verb endings ("꺼내므로", "없으면"), which whole-word matching
 * had missed, so a Korean answer lost points for the same content as its English original.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { extractFeatures } from "@/server/scoring/builtin/features";
import { lexiconMatches, type TLexiconName } from "@/server/scoring/builtin/lexicons";
import type { TScoreInput } from "@/server/scoring/scorer";

const found = (name: TLexiconName, sentence: string): string[] => lexiconMatches(name, sentence, true).map((m) => m.text);
const weight = (name: TLexiconName, sentence: string): number => lexiconMatches(name, sentence, true).reduce((sum, m) => sum + m.weight, 0);

describe("Korean particles after a term", () => {
  it("still count the term: a complexity class, a framework, a named data structure", () => {
    expect(found("complexity", "두 포인터가 한 번씩만 움직이므로 시간은 O(n)입니다.")).toEqual(["O(n)"]);
    expect(extractFeatures("기능 후보를 RICE로 점수화했습니다. 그다음 북극성 지표는 주간 완료 예약 수로 정하겠습니다.", "").frameworks).toEqual(["RICE", "북극성 지표"]);
    expect(found("algorithm", "최소 힙을 쓰고, 빈 리스트면 바로 반환합니다.")).toEqual(["힙을"]);
  });

  it("do not make a Korean word match inside another word", () => {
    // "아마" (maybe) is not "아마존" (Amazon); "면" (if) is not "면접" (interview) or "화면" (screen).
    expect(found("hedge", "아마존의 추천 화면을 예로 들겠습니다.")).toEqual([]);
    expect(found("conditional", "면접에서 화면 설계를 설명했습니다.")).toEqual([]);
  });
});

describe("Korean endings that give a reason or a condition", () => {
  it("count where they are attached, at half a separate word", () => {
    expect(found("causal", "스택이 비어 있으므로 유효하지 않습니다.")).toEqual(["으므로"]);
    expect(found("conditional", "캐시에 없으면 DB에서 읽습니다.")).toEqual(["면"]);
    expect(weight("conditional", "캐시에 없으면 DB에서 읽습니다.")).toBe(0.5);
    expect(weight("causal", "왜냐하면 쓰기가 느려지기 때문입니다.")).toBe(2);
  });

  it("leave out what only looks like one: '-면 된다' (just do it), '-면서' (while), '늘었다' (grew) as '늘' (always)", () => {
    expect(found("conditional", "서버를 늘리면 됩니다.")).toEqual([]);
    expect(found("conditional", "로그를 보면서 원인을 찾았습니다.")).toEqual([]);
    expect(found("habitual", "전환율이 늘었습니다.")).toEqual([]);
    expect(found("habitual", "저는 늘 테스트부터 씁니다.")).toEqual(["늘"]);
  });

  it("contrast and trade-offs: '-지만', '-보다', '-기보다'", () => {
    expect(found("contrast", "스레드는 프로세스보다 가볍지만 메모리를 공유합니다.")).toEqual(["보다", "지만"]);
    expect(found("tradeOff", "기능을 더 넣기보다 온보딩을 먼저 고치겠습니다.")).toEqual(["기보다"]);
  });
});

describe("Russian", () => {
  it("', а' (whereas) and irregular comparatives contrast two things", () => {
    expect(found("contrast", "У столбцов есть типы, а связи выражаются внешними ключами.")).toEqual(["а"]);
    expect(found("contrast", "Мигрировать потом обычно проще, чем чинить данные.")).toEqual(["проще, чем"]);
    expect(found("contrast", "А теперь о другом.")).toEqual([]);
  });

  it("experience and clarifying questions", () => {
    expect(found("experience", "По моему опыту, такие блокировки всплывают только под нагрузкой.")).toEqual(["По моему опыту"]);
    expect(found("clarify", "Сначала я спрошу, отсортирован ли вход.")).toEqual(["спрошу"]);
  });
});

describe("an answer that names none of the question's words", () => {
  // Written for this test: an answer about isolation levels under a question about indexes. It
  // reaches the question only through neighbouring concepts ("쿼리" for "인덱스") and a loose variant
  // ("데이터" for "데이터베이스"), and the endings learned above made it read as well reasoned.
  const question = "데이터베이스 인덱스는 어떻게 동작하며, 테이블에 인덱스를 추가할 때의 단점은 무엇인가요?";
  const answer =
    "트랜잭션 격리 수준은 동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 보는지를 정합니다. READ COMMITTED에서는 커밋된 데이터만 읽지만, 같은 쿼리를 두 번 실행하면 결과가 달라질 수 있습니다. " +
    "REPEATABLE READ는 시작 시점의 스냅샷을 읽어 이를 막고, SERIALIZABLE은 직렬 실행과 같은 결과를 보장하지만 충돌이 나면 재시도가 늘어납니다. " +
    "실무에서는 PostgreSQL 기본값을 쓰고 재고처럼 정합성이 중요한 곳에만 SELECT FOR UPDATE로 잠금을 걸었습니다.";
  const mediocre =
    "인덱스는 책의 목차 같은 것이라서 데이터를 빨리 찾게 해 줍니다. 인덱스를 많이 만들수록 조회가 빨라집니다. 단점은 관리가 조금 복잡해질 수 있다는 점인 것 같습니다.";

  it("is off topic and scores under a mediocre answer to the question", () => {
    const input = (text: string): TScoreInput => ({ rubric: "software_engineering", level: "mid", question: { text: question }, answer: text, feedbackLanguage: "ko" });
    const offTopic = analyzeAnswer(input(answer));
    expect(offTopic.flags).toContain("off_topic");
    expect(offTopic.total).toBeLessThan(analyzeAnswer(input(mediocre)).total);
  });
});
