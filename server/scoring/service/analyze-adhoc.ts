import type { TDatabase } from "@/db";
import type { TRubricId } from "@/server/scoring/rubrics";
import type { TScore } from "@/server/scoring/score-schema";
import type { TLevel } from "@/server/tracks";
import { scoringEngine, type TScoringEngine } from "./engine";
import { recordAiUsage } from "./record-ai-usage";
import { scoreWithCache } from "./score-cache";

/** Scores any question and answer on the spot (POST /analysis): the same engine, cache and cost records. */
export async function analyzeAdhoc(
  db: TDatabase,
  input: { rubric: TRubricId; level: TLevel; question: string; answer: string; userId: string },
  engine: TScoringEngine = scoringEngine(),
): Promise<TScore> {
  const result = await scoreWithCache(db, engine, {
    rubric: input.rubric,
    level: input.level,
    question: { text: input.question },
    answer: input.answer,
  });
  await recordAiUsage(db, result.calls, { purpose: "analysis", userId: input.userId });
  return result.score;
}
