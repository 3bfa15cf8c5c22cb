import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { DEFAULT_LANGUAGE, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { AppError, toAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TLevel } from "@/server/contracts/vocabulary/tracks";
import { scoringEngine, type TScoringEngine } from "./engine";
import { aiUsageLedger } from "./ai-usage-ledger";
import { scoreWithCache } from "./score-cache";
import { withDimensionLabels } from "@/server/i18n/dimension-label";
import { withExampleTests } from "@/server/scoring/code-tests-input";
import type { TScoreInput } from "@/server/scoring/scorer";

export type TAdhocInput = {
  rubric: TRubricId;
  level: TLevel;
  question: string;
  answer: string;
  userId: string;
  /** The language to write the feedback in; by default the user's saved interface language. */
  feedbackLanguage?: TLanguage;
};

/** The user's saved interface language, English when there is none (an API client has no page language to follow). */
async function savedLanguage(db: TDatabase, userId: string): Promise<TLanguage> {
  const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
  return row?.language ?? DEFAULT_LANGUAGE;
}

/** Scores any question and answer on the spot (POST /analysis): the same engine, cache and cost records (written ahead of each call). */
export async function analyzeAdhoc(db: TDatabase, input: TAdhocInput, engine: TScoringEngine = scoringEngine()): Promise<TScore> {
  const scoreInput: TScoreInput = {
    rubric: input.rubric,
    level: input.level,
    question: { text: input.question },
    answer: input.answer,
    feedbackLanguage: input.feedbackLanguage ?? (await savedLanguage(db, input.userId)),
  };
  // A coding answer's code is run on the examples the question states; code that gets them wrong is graded so.
  const withTests = input.rubric === "coding" ? await withExampleTests(scoreInput) : scoreInput;
  const result = await scoreWithCache(db, engine, withTests, { ledger: aiUsageLedger(db, { purpose: "analysis", userId: input.userId }) });
  return withDimensionLabels(result.score);
}

/** Items of one batch scored at once: enough to overlap model calls, few enough to be fair to other users. */
export const BATCH_CONCURRENCY = 4;

export type TAdhocOutcome = { ok: true; score: TScore } | { ok: false; error: AppError };

/**
 * Scores several inputs (POST /analysis/batch), a few at a time, in order. One item failing does
 * not fail the others: its outcome carries the error (an unexpected one as INTERNAL, logged
 * without the answer text).
 */
export async function analyzeAdhocMany(
  db: TDatabase,
  inputs: readonly TAdhocInput[],
  engine: TScoringEngine = scoringEngine(),
  concurrency: number = BATCH_CONCURRENCY,
): Promise<TAdhocOutcome[]> {
  const outcomes: TAdhocOutcome[] = new Array<TAdhocOutcome>(inputs.length);
  // One look-up for the batch: its items all come from one user.
  const languages = new Map<string, TLanguage>();
  for (const input of inputs) if (!input.feedbackLanguage && !languages.has(input.userId)) languages.set(input.userId, await savedLanguage(db, input.userId));
  let next = 0;
  async function worker(): Promise<void> {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      const input = inputs[index]!;
      try {
        outcomes[index] = { ok: true, score: await analyzeAdhoc(db, { ...input, feedbackLanguage: input.feedbackLanguage ?? languages.get(input.userId) }, engine) };
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code === "INTERNAL") logger().error({ err: error, item: index, rubric: input.rubric }, "batch analysis item failed");
        outcomes[index] = { ok: false, error: appError };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, () => worker()));
  return outcomes;
}
