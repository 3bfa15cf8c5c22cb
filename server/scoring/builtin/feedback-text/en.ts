/** The analyzer's feedback in English: the phrases the signals write are already English. */
import { capital, joinList, numbered, partlyComment } from "@/server/scoring/builtin/feedback-text/phrases";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import { CLOSINGS, OUTLINES } from "@/server/scoring/builtin/feedback-text/outlines";
import { CONFIDENCE_REASON_TEXTS } from "@/server/contracts/vocabulary/confidence-reasons";

const and = (items: readonly string[]): string => joinList(items, " and ");

const WEAK_FIRST = ["{Gap}.", "Here the answer needs more: {gap}.", "{Gap}; that is where most points are lost here.", "What is missing most: {gap}.", "Start with this: {gap}."];

export const EN: TFeedbackText = {
  language: "en",
  labels: {},
  phrase: (english) => english,
  and,
  strong: (found, gap) =>
    `Strong: the answer ${found.length > 0 ? and(found) : "covers what this dimension asks for"}.${gap ? ` To reach the top, ${gap}.` : ""}`,
  partly: (found, gap, label, variant) =>
    partlyComment({ found: ["Partly there: the answer {found}.", "A good start: the answer {found}.", "The answer {found}, which helps."], next: ["Next, {gap}.", "To go further, {gap}.", "What would lift it: {gap}."], noFound: `The answer covers part of what ${label.toLowerCase()} asks for.`, noGap: `take ${label.toLowerCase()} one level deeper with a reason or an example` }, found, gap, variant),
  weak: (gaps, label, variant) => {
    const [gap, second] = gaps;
    if (!gap) return `${capital(label)} is the thinnest part of this answer; develop it with a reason or a concrete example.`;
    const first = (WEAK_FIRST[variant % WEAK_FIRST.length] ?? "").replace("{Gap}", capital(gap)).replace("{gap}", gap);
    return second ? `${first} Also ${second}.` : first;
  },
  strength: (label, found) => `${label}: the answer ${found.length > 0 ? and(found) : "is solid here"}.`,
  // "Name the trade-offs: …" under "Trade-offs" says its label already.
  improvement: (label, gap) => (gap.toLowerCase().includes(label.toLowerCase()) ? `${capital(gap)}.` : `${label}: ${gap}.`),
  verdicts: [
    "A strong answer.",
    "A solid answer with a few gaps.",
    "A partial answer: the core is there but important parts are missing.",
    "A weak answer: it stays general and misses most of what an interviewer looks for.",
    "This answer does not yet show what the interviewer is looking for.",
  ],
  weakest: (labels) =>
    `Most of the points still open are in ${and(labels.map((l) => l.toLowerCase()))}; the note on ${labels.length === 1 ? "it" : "each"} says what would raise it.`,
  noAnswer: (topic) => `There is no real answer to "${topic}" yet. Even a partial attempt earns credit: say how you would start and why.`,
  offTopic: (topic) =>
    `This answer is about a different question from the one asked ("${topic}"), so it earns almost no credit, however well it is told. Re-read the question and answer it directly.`,
  tooShort: "The answer is too short to show depth; develop each step with a reason or an example.",
  padding:
    "Much of the answer is general wording (buzzwords, \"always\", \"it is important\") that earns no credit; replace it with what you actually did or would do.",
  injected:
    "Part of the answer spoke to the grader instead of the interviewer (asking for a score or claiming a verdict). That text was ignored, and an interviewer would treat it as gaming the interview, so the answer is scored as a poor one.",
  graderIgnored: {
    comment: "Scored on the rest of the answer; text addressed to the grader was ignored.",
    feedback: "Part of this answer was addressed to the grader rather than the interviewer; it was ignored, and the score rests on the rest of the answer.",
  },
  confidence: CONFIDENCE_REASON_TEXTS.en,
  followUps: {
    product_management: {
      structure: "How would you break this problem into steps, and which step would you start with?",
      metrics: "Which single metric would tell you this worked, and which guardrail metric would you watch?",
      prioritization: "If you could only do one thing first, which would it be, and what would you give up for it?",
      user_empathy: "Which users are most affected here, and what do they need or worry about?",
      communication: "Can you summarise your plan in three steps?",
    },
    behavioral: {
      situation_task: "When and where was this, what was at stake, and what exactly was your goal?",
      action: "What did you personally do, step by step?",
      result: "What was the outcome, and how did you know?",
      reflection: "What would you do differently now, and where have you applied that since?",
      communication: "Can you retell that in one minute: the situation, what you did and the result?",
    },
    software_engineering: {
      correctness: "Can you walk me through precisely how that works underneath?",
      depth: "What happens under load or when one part fails, and why?",
      trade_offs: "What is the main alternative, and when would you choose it instead?",
      practical_experience: "Have you done this in practice? Which tools did you use, and how did you check it worked?",
      clarity: "Could you explain that again in three short steps?",
    },
    coding: {
      problem_understanding: "Before coding, which assumptions would you confirm, and which edge cases worry you?",
      approach: "Is there a faster approach than yours, and which data structure would it need?",
      complexity: "What are the time and space complexity of your solution, and can you do better?",
      code_quality: "How would you test your solution? Which inputs would you try first?",
      communication: "Can you walk me through your solution on a small example, step by step?",
    },
    general: {
      understanding: "What do you see as the core of this question, and what would you clarify first?",
      logic: "Why that choice over the alternatives?",
      specificity: "Can you give a concrete example, with numbers?",
      job_fit: "When have you done something like this in practice, and what was the result?",
    },
  },
  outline: (topic, rubric) => `Outline of a strong answer to "${topic}": ${OUTLINES.en[rubric]}`,
  fromKeyPoints: (points, rubric) =>
    `A strong answer covers: ${numbered(points)}. ${CLOSINGS.en[rubric]}`,
};
