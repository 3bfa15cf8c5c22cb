/**
 * What a strong answer contains, per rubric, in each language: the sample answer's outline when a
 * question has neither its own sample nor key points, and the closing line after its key points.
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";

export const OUTLINES: Record<TLanguage, Record<TRubricId, string>> = {
  en: {
    product_management:
      "clarify the goal and who the users are; segment the users and find where the problem is biggest; list options and rank them by impact and effort (for example with RICE); pick one and say what you trade off; define the primary metric and a guardrail, and how you would test it (an A/B test or a staged rollout).",
    behavioral:
      "use STAR: set up one specific situation and your goal (when, where, what was at stake); describe the actions you personally took, step by step, saying \"I\"; state the result, measured if possible; close with what you learned and what you do differently since.",
    software_engineering:
      "start with how it works and the approach you would take; go into the mechanism and what can fail, and how you would handle it; compare it with the main alternative and what each costs; close with a real example, concrete numbers and how you would verify it in practice.",
    coding:
      "restate the problem and confirm assumptions on a small example; give the brute-force idea, then a better approach and the data structure it needs; write clean code; state the time and space complexity; walk through edge cases and the tests you would run.",
    general:
      "answer the question directly first; give your reasoning step by step; support it with a concrete example from your experience, with numbers; close with what you would do differently or next.",
  },
  ru: {
    product_management:
      "уточните цель и кто пользователи; разделите их на сегменты и найдите, где проблема острее всего; перечислите варианты и ранжируйте их по эффекту и трудозатратам (например, по RICE); выберите один и скажите, чем жертвуете; определите главную метрику и защитную, а также как будете проверять (A/B-тест или поэтапный запуск).",
    behavioral:
      "рассказывайте по STAR: одна конкретная ситуация и ваша цель (когда, где, что было на кону); действия, которые вы предприняли лично, по шагам и от первого лица; результат, по возможности в цифрах; в конце — чему вы научились и что с тех пор делаете иначе.",
    software_engineering:
      "начните с того, как это работает и какой подход вы бы выбрали; разберите механизм, что может сломаться и как вы это обработаете; сравните с главной альтернативой и цену каждого варианта; закончите реальным примером, конкретными цифрами и тем, как проверите решение на практике.",
    coding:
      "переформулируйте задачу и проверьте допущения на маленьком примере; назовите решение перебором, затем более быстрый подход и нужную ему структуру данных; напишите чистый код; укажите сложность по времени и памяти; разберите граничные случаи и тесты, которые бы запустили.",
    general:
      "сначала прямо ответьте на вопрос; затем изложите рассуждение по шагам; подкрепите его конкретным примером из своего опыта, с цифрами; в конце скажите, что сделали бы иначе или дальше.",
  },
  ko: {
    product_management:
      "목표와 사용자가 누구인지 먼저 명확히 합니다. 사용자를 세그먼트로 나누고 문제가 가장 큰 곳을 찾습니다. 선택지를 나열하고 임팩트와 노력 기준(예: RICE)으로 순위를 매깁니다. 하나를 고르고 무엇을 포기하는지 말합니다. 핵심 지표와 가드레일 지표, 그리고 검증 방법(A/B 테스트나 단계적 출시)을 정합니다.",
    behavioral:
      "STAR 구조로 답합니다. 하나의 구체적인 상황과 본인의 목표(언제, 어디서, 무엇이 걸려 있었는지)를 제시하고, 본인이 직접 한 행동을 '저는'으로 단계별로 말합니다. 결과는 가능하면 수치로 밝히고, 배운 점과 그 뒤로 달라진 점으로 마무리합니다.",
    software_engineering:
      "동작 원리와 택할 접근법부터 설명합니다. 메커니즘과 실패할 수 있는 지점, 그 대응 방법을 다룹니다. 주요 대안과 비교해 각각의 비용을 말합니다. 실제 사례, 구체적인 수치, 실무에서의 검증 방법으로 마무리합니다.",
    coding:
      "문제를 다시 정리하고 작은 예시로 가정을 확인합니다. 브루트 포스 아이디어를 말한 뒤 더 나은 접근법과 필요한 자료구조를 제시합니다. 깔끔한 코드를 작성하고, 시간·공간 복잡도를 밝히고, 엣지 케이스와 실행할 테스트를 짚습니다.",
    general:
      "먼저 질문에 직접 답합니다. 이어서 추론을 단계별로 설명하고, 본인 경험의 구체적인 사례와 수치로 뒷받침합니다. 다르게 할 점이나 다음 단계로 마무리합니다.",
  },
};

export const CLOSINGS: Record<TLanguage, Record<TRubricId, string>> = {
  en: {
    product_management: "Back each point with a metric and say what you would trade off.",
    behavioral: "Tell it as one real story, with your own actions and a measured result.",
    software_engineering: "Name the trade-offs and what can go wrong.",
    coding: "Include code, its complexity, edge cases and tests.",
    general: "Support each point with a concrete example.",
  },
  ru: {
    product_management: "Подкрепляйте каждый пункт метрикой и говорите, чем жертвуете.",
    behavioral: "Расскажите одну реальную историю: ваши действия и измеримый результат.",
    software_engineering: "Назовите компромиссы и то, что может пойти не так.",
    coding: "Приведите код, его сложность, граничные случаи и тесты.",
    general: "Подкрепляйте каждый пункт конкретным примером.",
  },
  ko: {
    product_management: "각 항목을 지표로 뒷받침하고 무엇을 포기하는지 말하세요.",
    behavioral: "본인의 행동과 측정된 결과가 담긴 실제 이야기 하나로 답하세요.",
    software_engineering: "트레이드오프와 잘못될 수 있는 점을 짚으세요.",
    coding: "코드, 복잡도, 엣지 케이스, 테스트를 포함하세요.",
    general: "각 항목을 구체적인 사례로 뒷받침하세요.",
  },
};
