/**
 * Why the built-in analyzer doubts its own score, in each language it writes feedback in. Declared
 * once here (client-safe): the analyzer writes these sentences into a score's confidence reasons
 * (server/scoring/builtin/feedback-text/*), and the score card recognises a stored sentence in any
 * language and shows it in the reader's (a score written in Russian, read after switching to Korean).
 */
export const CONFIDENCE_REASON_CODES = ["short", "unusual", "offTopic", "weakLink", "injected"] as const;
export type TConfidenceReasonCode = (typeof CONFIDENCE_REASON_CODES)[number];

export const CONFIDENCE_REASON_TEXTS = {
  en: {
    short: "The answer is short, so there is little to judge.",
    unusual: "The answer has an unusual format (mostly code, a bare list or another language), which word-based analysis reads less reliably.",
    offTopic: "It was judged off topic from its words; an interviewer may see a link the words do not show.",
    weakLink: "Its link to the question is weak or hard to measure from the words alone.",
    injected: "Part of the answer addressed the grader and was ignored.",
  },
  ru: {
    short: "Ответ короткий, оценивать почти не по чему.",
    unusual: "У ответа необычный формат (в основном код, голый список или другой язык), и анализ по словам читает его менее надёжно.",
    offTopic: "Ответ признан не относящимся к вопросу по его словам; интервьюер может увидеть связь, которую слова не показывают.",
    weakLink: "Связь ответа с вопросом слабая или её трудно оценить по одним словам.",
    injected: "Часть ответа обращалась к системе оценки и была проигнорирована.",
  },
  ko: {
    short: "답변이 짧아 판단할 내용이 적습니다.",
    unusual: "답변 형식이 일반적이지 않아(대부분 코드, 단순 목록 또는 다른 언어) 단어 기반 분석의 신뢰도가 낮습니다.",
    offTopic: "단어만 보고 질문과 무관하다고 판단했습니다. 면접관은 단어에 드러나지 않는 연관성을 볼 수도 있습니다.",
    weakLink: "질문과의 연관성이 약하거나 단어만으로는 판단하기 어렵습니다.",
    injected: "답변 일부가 채점 시스템을 향한 말이어서 무시되었습니다.",
  },
} as const satisfies Record<"en" | "ru" | "ko", Record<TConfidenceReasonCode, string>>;

/** The code of a stored reason sentence, whichever language it was written in; null for any other text (an AI grader's own words). */
export function confidenceReasonCode(sentence: string): TConfidenceReasonCode | null {
  for (const texts of Object.values(CONFIDENCE_REASON_TEXTS)) {
    const code = CONFIDENCE_REASON_CODES.find((candidate) => texts[candidate] === sentence);
    if (code) return code;
  }
  return null;
}

/** A stored reason in `locale`: the same reason's sentence in that language when recognised, else as written. */
export function confidenceReasonIn(sentence: string, locale: keyof typeof CONFIDENCE_REASON_TEXTS): string {
  const code = confidenceReasonCode(sentence);
  return code ? CONFIDENCE_REASON_TEXTS[locale][code] : sentence;
}
