/**
 * Spend written ahead of each model call: a `pending` ai_usage row with the estimated prompt tokens
 * and cost goes in before the request is sent, and the call's real record completes it. A call cut
 * off by a kill (worker, process, machine) leaves its pending row, so it still counts in the admin
 * metrics' spend. Each write commits on its own (never inside a scoring transaction), so nothing
 * is recorded twice and a rolled-back score does not erase money already spent.
 */
import { and, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { aiUsage } from "@/db/schema";
import { logger } from "@/server/logger";
import type { AiCallRecord, AiUsageLedger } from "@/server/scoring/openai/types";

/** The outcome of a call written ahead and not completed (yet, or ever: the call was killed). */
export const PENDING_OUTCOME = "pending";

export type TAiUsageContext = {
  purpose: "score" | "analysis" | "question_drafts" | "job_requirements" | "transcription";
  userId?: string | null;
  answerId?: string | null;
};

/** The ai_usage row of one call (or of a call's estimate, written ahead as pending). */
export function aiUsageRow(context: TAiUsageContext, call: Omit<AiCallRecord, "outcome"> & { outcome: AiCallRecord["outcome"] | typeof PENDING_OUTCOME }) {
  return {
    userId: context.userId ?? null,
    answerId: context.answerId ?? null,
    purpose: context.purpose,
    provider: call.provider,
    model: call.model,
    inputTokens: call.inputTokens,
    outputTokens: call.outputTokens,
    costUsd: call.costUsd.toFixed(6),
    latencyMs: Math.round(call.latencyMs),
    outcome: call.outcome,
  };
}

export function aiUsageLedger(db: TDatabase, context: TAiUsageContext): AiUsageLedger {
  return {
    async open(estimate) {
      const [row] = await db
        .insert(aiUsage)
        .values(aiUsageRow(context, { ...estimate, outputTokens: 0, latencyMs: 0, outcome: PENDING_OUTCOME }))
        .returning({ id: aiUsage.id });
      const id = row!.id;
      return async (record: AiCallRecord) => {
        try {
          await db
            .update(aiUsage)
            .set({
              inputTokens: record.inputTokens,
              outputTokens: record.outputTokens,
              costUsd: record.costUsd.toFixed(6),
              latencyMs: Math.round(record.latencyMs),
              outcome: record.outcome,
            })
            .where(and(eq(aiUsage.id, id), eq(aiUsage.outcome, PENDING_OUTCOME)));
        } catch (error) {
          // The pending row keeps the estimate: spend is still counted, only less precisely.
          logger().warn({ err: error, aiUsageId: id, outcome: record.outcome }, "could not complete an AI usage record; its estimate stands");
        }
      };
    },
  };
}
