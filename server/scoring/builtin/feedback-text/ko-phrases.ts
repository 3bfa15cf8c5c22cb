/**
 * What the signals found or would advise, as a Korean interviewer would say it: what went well as
 * a noun phrase ("…하는 점"), advice as a polite request ("…하세요").
 */
import { phraseTranslator, slotPatterns } from "@/server/scoring/builtin/feedback-text/phrases";

const FOUND: Record<string, string> = {
  "stays on the question that was asked": "질문에서 벗어나지 않는 점",
  "covers the main points of the question": "질문의 핵심을 다루는 점",
  "covers the expected key points": "기대되는 핵심 포인트를 다루는 점",
  "walks through its steps in a clear order": "단계를 명확한 순서로 짚어 가는 점",
  "explains the reasons and conditions behind choices": "선택의 이유와 조건을 설명하는 점",
  "backs its points with concrete numbers": "구체적인 수치로 주장을 뒷받침하는 점",
  "puts a number on at least one point": "적어도 한 부분은 수치로 제시하는 점",
  "names specific tools, examples or cases": "구체적인 도구, 사례, 상황을 언급하는 점",
  "uses precise, specific vocabulary": "정확하고 구체적인 용어를 쓰는 점",
  "names how success would be measured": "성공을 어떻게 측정할지 밝히는 점",
  "plans an experiment or guardrail": "실험이나 가드레일 지표를 계획하는 점",
  "ranks options and says what comes first": "선택지에 우선순위를 매기고 무엇부터 할지 밝히는 점",
  "weighs what each option costs": "각 선택지의 비용을 따져 보는 점",
  "contrasts alternatives": "대안과 비교하는 점",
  "starts from users and their needs": "사용자와 그들의 니즈에서 출발하는 점",
  "splits users or data into segments": "사용자나 데이터를 세그먼트로 나누는 점",
  "says what can go wrong": "무엇이 잘못될 수 있는지 짚는 점",
  "draws on real examples and practice": "실제 사례와 경험을 근거로 드는 점",
  "says how to measure and verify": "결과를 측정하고 검증하는 방법을 밝히는 점",
  "states things precisely": "정확하게 표현하는 점",
  "reads easily": "읽기 쉬운 점",
  "gets to the point": "요점을 바로 말하는 점",
  "develops the answer fully": "답변을 충분히 전개하는 점",
  "clarifies assumptions and constraints": "가정과 제약 조건을 명확히 하는 점",
  "thinks about edge cases": "엣지 케이스를 고려하는 점",
  "names the data structures and algorithm": "자료구조와 알고리즘을 명시하는 점",
  "compares approaches (brute force versus better)": "접근법을 비교하는 점(브루트 포스와 더 나은 방법)",
  "states the time and space complexity": "시간·공간 복잡도를 밝히는 점",
  "writes actual code": "실제 코드를 작성한 점",
  "says how to test it": "테스트 방법을 밝히는 점",
  "sets up a specific situation and goal": "구체적인 상황과 목표를 제시하는 점",
  "tells a real past story": "실제로 있었던 일을 이야기하는 점",
  "describes one specific episode": "하나의 구체적인 사례를 이야기하는 점",
  "says what you personally did, step by step": "본인이 직접 한 일을 단계별로 말하는 점",
  'speaks about your own part ("I")': "본인의 역할('저는')을 분명히 하는 점",
  "states the outcome": "결과를 밝히는 점",
  "draws a lesson and applies it later": "교훈을 얻고 이후에 적용한 점",
};

const MISSING: Record<string, string> = {
  "answer the question that was asked head-on; much of the answer is about something next to it":
    "답변의 상당 부분이 질문과 인접한 다른 주제를 다루고 있으니, 묻는 질문에 정면으로 답하세요",
  "answer the question that was asked, directly": "묻는 질문에 직접 답하세요",
  "cover the main points the question raises": "질문이 제기하는 핵심 사항을 다루세요",
  "lay out your steps in order and say which comes first": "단계를 순서대로 제시하고 무엇부터 할지 말하세요",
  "explain the reason behind each choice (because…, so that…, if…)": "각 선택의 이유를 설명하세요('왜냐하면…', '그래서…', '만약…')",
  "give concrete numbers (sizes, percentages, durations, targets)": "구체적인 수치를 제시하세요(규모, 비율, 기간, 목표치)",
  "name specifics: tools, systems, real examples": "도구, 시스템, 실제 사례 등 구체적인 것을 언급하세요",
  "use precise terms instead of general statements": "일반적인 표현 대신 정확한 용어를 쓰세요",
  "name the primary metric and how you would measure it": "핵심 지표와 그 측정 방법을 밝히세요",
  "say how you would test it (an experiment, a staged rollout) and which guardrail metric you would watch":
    "어떻게 검증할지(실험, 단계적 출시)와 어떤 가드레일 지표를 지켜볼지 말하세요",
  "rank the options by impact and effort and say what comes first": "선택지를 임팩트와 노력 기준으로 순위를 매기고 무엇부터 할지 말하세요",
  "name the trade-offs: what each option costs (X versus Y, at the cost of…)": "각 선택지의 대가('X 대 Y', '…를 희생하고')를 밝혀 트레이드오프를 설명하세요",
  "compare with the main alternative": "주요 대안과 비교하세요",
  "say who the users are and what they need or fear": "사용자가 누구이고 무엇을 필요로 하거나 걱정하는지 말하세요",
  "split the problem by segment (which users, platforms or cohorts)": "문제를 세그먼트별로 나누세요(어떤 사용자, 플랫폼, 코호트인지)",
  "say what can go wrong and how you would handle it": "무엇이 잘못될 수 있고 어떻게 대응할지 말하세요",
  "add a real example from your own experience": "본인 경험에서 실제 사례를 더하세요",
  "say how you would measure or verify the result": "결과를 어떻게 측정하거나 검증할지 말하세요",
  'replace guesses and absolutes ("basically", "everything") with precise statements': "추측과 단정적 표현('기본적으로', '모든 것')을 정확한 진술로 바꾸세요",
  "use shorter, clearer sentences": "더 짧고 명확한 문장을 쓰세요",
  "cut buzzwords and generalities; say what you would actually do": "유행어와 일반론을 빼고 실제로 무엇을 할지 말하세요",
  "develop the answer further": "답변을 더 전개하세요",
  "state your assumptions and the constraints you would confirm": "가정과 확인할 제약 조건을 밝히세요",
  "handle edge cases (empty input, duplicates, invalid input…)": "엣지 케이스를 처리하세요(빈 입력, 중복, 잘못된 입력…)",
  "name the algorithm and data structure you would use": "사용할 알고리즘과 자료구조를 밝히세요",
  "compare with another approach (brute force versus optimal)": "다른 접근법과 비교하세요(브루트 포스와 최적 해법)",
  "show why your solution meets the time and space bound (which loop or structure sets it), not only that it does":
    "제한을 만족한다고만 하지 말고, 왜 시간·공간 제한을 만족하는지(어떤 반복문이나 자료구조가 이를 결정하는지) 보여 주세요",
  "recount the time complexity from the code: a loop nested in another loop over the same input makes it at least O(n²)":
    "코드를 보고 시간 복잡도를 다시 계산하세요: 같은 입력을 도는 반복문 안에 또 반복문이 있으면 최소 O(n²)입니다",
  "state the time and space complexity in Big-O": "시간·공간 복잡도를 Big-O로 밝히세요",
  "write working code for the solution": "해법을 실제로 동작하는 코드로 작성하세요",
  "list the test cases that prove it works": "해법이 동작함을 보여 줄 테스트 케이스를 나열하세요",
  "set up one specific situation (when, where, what was at stake) and your goal": "하나의 구체적인 상황(언제, 어디서, 무엇이 걸려 있었는지)과 본인의 목표를 제시하세요",
  "tell what actually happened, not how you usually behave": "평소에 어떻게 행동하는지가 아니라 실제로 무슨 일이 있었는지 말하세요",
  'describe one specific episode instead of general habits ("I always…", "usually…")': "일반적인 습관('저는 항상…', '보통…') 대신 하나의 구체적인 사례를 말하세요",
  'describe the concrete steps you personally took ("I wrote…", "I asked…")': "본인이 직접 한 구체적인 행동을 말하세요('제가 작성했습니다…', '제가 물어봤습니다…')",
  'make your own part clear: say "I" for what you did, not only "we"': "'우리'만이 아니라 본인이 한 일은 '저는'으로 말해 본인의 역할을 분명히 하세요",
  "state the outcome, measured if possible (what changed, by how much)": "결과를 가능하면 수치로 말하세요(무엇이 얼마나 달라졌는지)",
  "say what you learned and what you do differently since": "무엇을 배웠고 그 뒤로 무엇을 다르게 하는지 말하세요",
};

const PATTERNS = slotPatterns({
  namedFramework: "알려진 프레임워크로 답변을 구조화한 점",
  withFramework: (name) => `${name} 프레임워크로 답변을 구조화한 점`,
  useFramework: (examples) => `알려진 프레임워크가 도움이 되는 곳에는 활용하세요(${examples})`,
  cover: (keyPoints) => `${keyPoints.map((k) => `“${k}”`).join(", ")} 내용을 다루세요`,
  frameworkExamples: { "CIRCLES, RICE, a funnel": "CIRCLES, RICE, 퍼널", "RICE, MoSCoW, impact versus effort": "RICE, MoSCoW, 임팩트 대비 노력" },
  frameworkNames: {
    "funnel analysis": "퍼널 분석",
    "root cause analysis": "근본 원인 분석",
    "cost benefit": "비용 편익 분석",
    "impact vs effort": "임팩트 대비 노력",
    "value vs effort": "가치 대비 노력",
    "cap theorem": "CAP 정리",
  },
});

export const koPhrase = phraseTranslator({ ...FOUND, ...MISSING }, PATTERNS);
