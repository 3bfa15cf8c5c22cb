/** The analyzer's feedback in English: the phrases the signals write are already English. */
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function and(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const PARTLY = ["Partly there: the answer {found}.", "A good start: the answer {found}.", "The answer {found}, which helps."];
const NEXT = ["Next, {gap}.", "To go further, {gap}.", "What would lift it: {gap}."];
const WEAK_FIRST = ["{Gap}.", "Here the answer needs more: {gap}.", "{Gap}; that is where most points are lost here."];

const OUTLINES: Record<TRubricId, string> = {
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
};

const CLOSINGS: Record<TRubricId, string> = {
  product_management: "Back each point with a metric and say what you would trade off.",
  behavioral: "Tell it as one real story, with your own actions and a measured result.",
  software_engineering: "Name the trade-offs and what can go wrong.",
  coding: "Include code, its complexity, edge cases and tests.",
  general: "Support each point with a concrete example.",
};

export const EN: TFeedbackText = {
  language: "en",
  label: (_key, englishLabel) => englishLabel,
  phrase: (english) => english,
  and,
  strong: (found, gap) =>
    `Strong: the answer ${found.length > 0 ? and(found) : "covers what this dimension asks for"}.${gap ? ` To reach the top, ${gap}.` : ""}`,
  partly: (found, gap, label, variant) => {
    const first = found ? (PARTLY[variant % PARTLY.length] ?? "").replace("{found}", found) : `Partly there on ${label.toLowerCase()}.`;
    const next = (NEXT[variant % NEXT.length] ?? "").replace("{gap}", gap ?? `take ${label.toLowerCase()} one level deeper with a reason or an example`);
    return `${first} ${next}`;
  },
  weak: (gaps, label, variant) => {
    const [gap, second] = gaps;
    if (!gap) return `There is little here on ${label.toLowerCase()} yet.`;
    const first = (WEAK_FIRST[variant % WEAK_FIRST.length] ?? "").replace("{Gap}", sentenceCase(gap)).replace("{gap}", gap);
    return second ? `${first} Also ${second}.` : first;
  },
  strength: (label, found) => `${label}: the answer ${found.length > 0 ? and(found) : "is solid here"}.`,
  improvement: (label, gap) => `${label}: ${sentenceCase(gap)}.`,
  verdict: (total) => {
    if (total >= 80) return "A strong answer.";
    if (total >= 60) return "A solid answer with a few gaps.";
    if (total >= 40) return "A partial answer: the core is there but important parts are missing.";
    if (total >= 20) return "A weak answer: it stays general and misses most of what an interviewer looks for.";
    return "This answer does not yet show what the interviewer is looking for.";
  },
  weakest: (labels) =>
    `Most of the points still open are in ${and(labels.map((l) => l.toLowerCase()))}; the note on ${labels.length === 1 ? "it" : "each"} says what would raise it.`,
  noAnswer: (topic) => `There is no real answer to "${topic}" yet. Even a partial attempt earns credit: say how you would start and why.`,
  offTopic: (topic) =>
    `This answer is about a different question from the one asked ("${topic}"), so it cannot earn credit, however well it is told. Re-read the question and answer it directly.`,
  tooShort: "The answer is too short to show depth; develop each step with a reason or an example.",
  padding:
    "Much of the answer is general wording (buzzwords, \"always\", \"it is important\") that earns no credit; replace it with what you actually did or would do.",
  injected:
    "Part of the answer spoke to the grader instead of the interviewer (asking for a score or claiming a verdict). That text was ignored, and an interviewer would treat it as gaming the interview, so the answer is scored as a poor one.",
  graderIgnored: {
    comment: "Scored on the rest of the answer; text addressed to the grader was ignored.",
    feedback: "Part of this answer was addressed to the grader rather than the interviewer; it was ignored, and the score rests on the rest of the answer.",
  },
  confidence: {
    short: "The answer is short, so there is little to judge.",
    unusual: "The answer has an unusual format (mostly code, a bare list or another language), which word-based analysis reads less reliably.",
    offTopic: "It was judged off topic from its words; an interviewer may see a link the words do not show.",
    weakLink: "Its link to the question is weak or hard to measure from the words alone.",
    injected: "Part of the answer addressed the grader and was ignored.",
  },
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
  outline: (topic, rubric) => `Outline of a strong answer to "${topic}": ${OUTLINES[rubric]}`,
  fromKeyPoints: (points, rubric) =>
    `A strong answer covers: ${points.map((point, index) => `(${index + 1}) ${point}`).join("; ")}. ${CLOSINGS[rubric]}`,
};
