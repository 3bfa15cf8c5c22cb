/** The analyzer's feedback in Korean, in the polite register a Korean interviewer would write (합니다/하세요). */
import { koPhrase } from "@/server/scoring/builtin/feedback-text/ko-phrases";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import { numbered, partlyComment } from "@/server/scoring/builtin/feedback-text/phrases";
import { CLOSINGS, OUTLINES } from "@/server/scoring/builtin/feedback-text/outlines";
import { CONFIDENCE_REASON_TEXTS } from "@/server/contracts/vocabulary/confidence-reasons";

const LABELS: Record<string, string> = {
  structure: "구조",
  metrics: "지표",
  prioritization: "우선순위",
  user_empathy: "사용자 공감",
  communication: "커뮤니케이션",
  situation_task: "상황과 과제",
  action: "행동",
  result: "결과",
  reflection: "성찰",
  correctness: "정확성",
  depth: "깊이",
  trade_offs: "트레이드오프",
  practical_experience: "실무 경험",
  clarity: "명확성",
  problem_understanding: "문제 이해",
  approach: "접근법",
  complexity: "복잡도",
  code_quality: "코드 품질",
  understanding: "질문 이해",
  logic: "논리",
  specificity: "구체성",
  job_fit: "직무 적합성",
};

/** Whether a word ends in a final consonant (받침), which picks the particle: 은/는, 이/가, 과/와. */
function hasFinalConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 !== 0;
}

function particle(word: string, withFinal: string, withoutFinal: string): string {
  return `${word}${hasFinalConsonant(word) ? withFinal : withoutFinal}`;
}

/** "A, B와 C" / "A과 B": the last joint takes the particle of the word before it. */
function and(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const head = items.slice(0, -1);
  const last = head[head.length - 1] ?? "";
  return `${[...head.slice(0, -1), particle(last, "과", "와")].join(", ")} ${items[items.length - 1]}`;
}


export const KO: TFeedbackText = {
  language: "ko",
  phrase: koPhrase,
  and,
  // Every found phrase ends in 점 (final consonant): 이 and 과 follow it.
  strong: (found, gap) =>
    `잘한 점: ${found.length > 0 ? `${and(found)}이 돋보입니다` : "이 항목에서 기대하는 내용을 갖췄습니다"}.${gap ? ` 만점을 받으려면 ${gap}.` : ""}`,
  partly: (found, gap, label, variant) =>
    partlyComment({ found: ["{found}이 좋아 어느 정도 갖췄습니다.", "{found}은 좋은 출발입니다.", "{found}이 도움이 됩니다."], next: ["다음으로, {gap}.", "한 단계 더 나아가려면 {gap}.", "점수를 더 올리려면 {gap}."], noFound: `${particle(label, "은", "는")} 어느 정도 갖췄습니다.`, noGap: `${label} 측면을 이유나 예시로 더 깊이 다루세요` }, found, gap, variant),
  weak: (gaps, label, variant) => {
    const [gap, second] = gaps;
    if (!gap) return `${label} 부분이 가장 약하니 이유나 구체적인 예를 더하세요.`;
    const first = [`${gap}.`, `보완이 필요한 부분: ${gap}.`, `${gap}. 이 부분에서 점수를 가장 많이 잃었습니다.`, `가장 부족한 부분: ${gap}.`, `먼저 이것부터: ${gap}.`][variant % 5] ?? "";
    return second ? `${first} 또한 ${second}.` : first;
  },
  strength: (label, found) => `${label}: ${found.length > 0 ? `${and(found)}이 좋습니다` : "이 부분은 탄탄합니다"}.`,
  improvement: (label, gap) => `${label}: ${gap}.`,
  verdicts: ["훌륭한 답변입니다.", "몇 가지 빈틈이 있지만 탄탄한 답변입니다.", "부분적인 답변입니다. 핵심은 있지만 중요한 부분이 빠져 있습니다.", "아쉬운 답변입니다. 일반론에 머물러 면접관이 보려는 내용을 대부분 놓치고 있습니다.", "아직 면접관이 기대하는 내용을 보여 주지 못한 답변입니다."],
  weakest: (labels) => `아직 채울 점수는 대부분 ${and(labels)} 항목에 있습니다. 각 항목의 코멘트에서 무엇을 보완하면 좋을지 확인하세요.`,
  noAnswer: (topic) => `“${topic}”에 대한 답변이 아직 없습니다. 부분적인 시도도 점수를 받을 수 있으니, 어떻게 시작할지와 그 이유를 말해 보세요.`,
  offTopic: (topic) =>
    `이 답변은 질문(“${topic}”)이 아닌 다른 질문에 대한 것이어서, 아무리 잘 말해도 점수를 거의 받을 수 없습니다. 질문을 다시 읽고 그 질문에 직접 답해 보세요.`,
  tooShort: "답변이 너무 짧아 깊이를 보여 주기 어렵습니다. 각 단계를 이유나 예시와 함께 풀어 보세요.",
  padding:
    "답변의 상당 부분이 점수로 이어지지 않는 일반론(유행어, '항상', '중요합니다' 같은 표현)입니다. 실제로 했거나 할 일을 구체적으로 말해 보세요.",
  injected:
    "답변 일부가 면접관이 아니라 채점 시스템에게 말하고 있습니다(점수를 요구하거나 판정을 주장함). 그 부분은 무시되었고, 실제 면접관이라면 면접을 조작하려는 시도로 볼 것이므로 낮은 점수로 채점되었습니다.",
  graderIgnored: {
    comment: "채점 시스템을 향한 문장은 무시하고 나머지 답변으로 채점했습니다.",
    feedback: "답변 일부가 면접관이 아니라 채점 시스템을 향해 있어 무시되었고, 점수는 나머지 답변을 기준으로 매겨졌습니다.",
  },
  confidence: CONFIDENCE_REASON_TEXTS.ko,
  labels: LABELS,
  followUps: {
    product_management: {
      structure: "이 문제를 어떤 단계로 나누고, 어느 단계부터 시작하시겠습니까?",
      metrics: "이것이 효과가 있었는지 알려 줄 단 하나의 지표는 무엇이고, 어떤 가드레일 지표를 지켜보시겠습니까?",
      prioritization: "딱 한 가지만 먼저 할 수 있다면 무엇을 하시겠고, 그 대신 무엇을 포기하시겠습니까?",
      user_empathy: "이 문제로 가장 큰 영향을 받는 사용자는 누구이며, 그들은 무엇을 필요로 하거나 걱정하나요?",
      communication: "계획을 세 단계로 요약해 주시겠어요?",
    },
    behavioral: {
      situation_task: "언제, 어디서 있었던 일이고, 무엇이 걸려 있었으며, 본인의 목표는 정확히 무엇이었나요?",
      action: "본인이 직접 한 일을 단계별로 말씀해 주시겠어요?",
      result: "결과는 어땠고, 그것을 어떻게 확인하셨나요?",
      reflection: "지금이라면 무엇을 다르게 하시겠고, 그 뒤로 이 경험을 어디에 적용하셨나요?",
      communication: "상황, 본인의 행동, 결과를 1분 안에 다시 말씀해 주시겠어요?",
    },
    software_engineering: {
      correctness: "내부적으로 정확히 어떻게 동작하는지 설명해 주시겠어요?",
      depth: "부하가 걸리거나 한 부분이 실패하면 어떻게 되고, 그 이유는 무엇인가요?",
      trade_offs: "주요 대안은 무엇이고, 어떤 경우에 그 대안을 택하시겠습니까?",
      practical_experience: "실제로 해 보신 적이 있나요? 어떤 도구를 썼고, 제대로 동작하는지 어떻게 확인하셨나요?",
      clarity: "세 단계로 짧게 다시 설명해 주시겠어요?",
    },
    coding: {
      problem_understanding: "코드를 작성하기 전에 어떤 가정을 확인하시겠고, 어떤 엣지 케이스가 걱정되나요?",
      approach: "지금보다 더 빠른 접근법이 있을까요? 그렇다면 어떤 자료구조가 필요할까요?",
      complexity: "해법의 시간·공간 복잡도는 어떻게 되고, 더 개선할 수 있을까요?",
      code_quality: "해법을 어떻게 테스트하시겠습니까? 어떤 입력부터 시험해 보시겠어요?",
      communication: "작은 예시로 해법을 단계별로 따라가 주시겠어요?",
    },
    general: {
      understanding: "이 질문의 핵심은 무엇이라고 보시고, 무엇부터 확인하시겠습니까?",
      logic: "다른 대안이 아니라 그 선택을 한 이유는 무엇인가요?",
      specificity: "수치가 담긴 구체적인 예를 들어 주시겠어요?",
      job_fit: "실제로 이런 일을 해 보신 적이 있나요? 결과는 어땠나요?",
    },
  },
  outline: (topic, rubric) => `“${topic}”에 대한 좋은 답변의 구성: ${OUTLINES.ko[rubric]}`,
  fromKeyPoints: (points, rubric) => `좋은 답변은 다음을 다룹니다: ${numbered(points)}. ${CLOSINGS.ko[rubric]}`,
};
