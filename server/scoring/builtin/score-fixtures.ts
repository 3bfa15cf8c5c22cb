/**
 * Test support: scores one answer to a free-text question (no key points, sample answer or
 * follow-ups), the way most analyzer tests call it, so each test states only what it varies.
 */
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TScoreInput } from "@/server/scoring/scorer";

export function scoreFreeText(rubric: TScoreInput["rubric"], level: TScoreInput["level"], question: string, answer: string): TScore {
  return analyzeAnswer({ rubric, level, question: { text: question }, answer });
}
