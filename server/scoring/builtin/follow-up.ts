/**
 * The interviewer's follow-up: one question that probes the weakest dimension. A bank question's
 * own follow-ups come first (the one aimed at the weakest dimension they cover); otherwise a
 * well-formed generic question for that dimension. Never built from fragments of the question.
 */
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";

const GENERIC: Record<TRubricId, Readonly<Record<string, string>>> = {
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
};

type TRated = { key: string; ratio: number };

export function writeFollowUp(
  rubric: TRubricId,
  dimensions: ReadonlyArray<TRated>,
  bankFollowUps: ReadonlyArray<{ text: string; dimension: string }> = [],
): string | null {
  // Weakest first; ties go to the earlier dimension in rubric order, which keeps the choice deterministic.
  const ranked = dimensions.map((d, i) => ({ ...d, i })).sort((a, b) => a.ratio - b.ratio || a.i - b.i);
  for (const d of ranked) {
    const bank = bankFollowUps.find((f) => f.dimension === d.key && f.text.trim().length > 0);
    if (bank) return bank.text.trim();
  }
  const weakest = ranked[0];
  if (!weakest) return null;
  return GENERIC[rubric][weakest.key] ?? null;
}
