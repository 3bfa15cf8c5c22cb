import { AppError, toAppError } from "@/server/errors";
import { ANALYSIS_PER_USER } from "@/server/rate-limit/fixed-window";
import { analyzeAdhocMany, type TAdhocInput } from "@/server/scoring/service/analyze-adhoc";
import { enforceRateLimit } from "@/server/api/rate-limit";
import type { TContext } from "@/server/api/trpc";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { ZAnalysisInputSchema, type TAnalysisBatchResult, type TBatchItemError } from "@/server/contracts/analysis";

function itemValidationError(index: number, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): TBatchItemError {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.map(String).join(".") || "item"] ??= issue.message;
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
  return { code: "VALIDATION_ERROR", message: `Item ${index + 1} is invalid — ${summary}`, details: { fields } };
}

function asItemError(error: AppError): TBatchItemError {
  return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
}

/**
 * POST /analysis/batch: each item is validated on its own, then counted as one call against the
 * same per-user limit as POST /analysis (admins exempt), in order; items past the limit get a
 * RATE_LIMITED entry. When the limit leaves nothing to score, the whole request is a 429.
 */
export async function runAnalysisBatch(ctx: TContext & { user: TSessionUser }, items: readonly unknown[]): Promise<TAnalysisBatchResult[]> {
  const results: Array<TAnalysisBatchResult | undefined> = new Array<TAnalysisBatchResult | undefined>(items.length);
  const admitted: Array<{ index: number; input: TAdhocInput }> = [];
  let refusal: AppError | undefined;

  for (const [index, item] of items.entries()) {
    const parsed = ZAnalysisInputSchema.safeParse(item);
    if (!parsed.success) {
      results[index] = { error: itemValidationError(index, parsed.error.issues) };
      continue;
    }
    // Past the limit once, past it for the rest of the window: the other items are refused without counting.
    if (!refusal && ctx.user.role !== "admin") {
      try {
        await enforceRateLimit(ctx, "analysis:user", ctx.user.id, ANALYSIS_PER_USER);
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code !== "RATE_LIMITED") throw error;
        refusal = appError;
      }
    }
    if (refusal) {
      results[index] = { error: asItemError(refusal) };
      continue;
    }
    const { track, level, question, answer } = parsed.data;
    admitted.push({ index, input: { rubric: track, level, question, answer, userId: ctx.user.id } });
  }
  if (refusal && admitted.length === 0) throw refusal;

  const outcomes = await analyzeAdhocMany(
    ctx.db,
    admitted.map((entry) => entry.input),
  );
  outcomes.forEach((outcome, position) => {
    const index = admitted[position]!.index;
    results[index] = outcome.ok ? { score: outcome.score } : { error: asItemError(outcome.error) };
  });
  return results.map((result) => result ?? { error: { code: "INTERNAL", message: "This item was not processed." } });
}
