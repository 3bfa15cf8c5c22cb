import { desc, eq } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { answers, scores } from "@/db/schema";

/** Builds SQL only (never runs it); the casing must match the client's in db/index.ts. */
const qb = new QueryBuilder({ casing: "snake_case" });

/**
 * Each answer's newest score (a rescore under a newer rubric version replaces what is shown, as in
 * the interview report), as a LATERAL subquery to join onto `answers`: one index probe per answer
 * on scores_answer_rubric_unique, and only for the answers the outer query keeps. Columns the
 * outer query does not select are never read (the jsonb stays un-detoasted).
 */
export const latestScore = qb
  .select({
    total: scores.total,
    dimensions: scores.dimensions,
    provider: scores.provider,
    model: scores.model,
    rubricVersion: scores.rubricVersion,
  })
  .from(scores)
  .where(eq(scores.answerId, answers.id))
  .orderBy(desc(scores.createdAt))
  .limit(1)
  .as("latest_score");
