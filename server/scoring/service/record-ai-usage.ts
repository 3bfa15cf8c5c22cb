import type { TDbOrTx } from "@/db";
import { aiUsage } from "@/db/schema";
import type { AiCallRecord } from "@/server/scoring/openai/types";
import { aiUsageRow, type TAiUsageContext } from "./ai-usage-ledger";

/** One ai_usage row per model call, written after it (question drafts; scoring writes ahead through ai-usage-ledger.ts). */
export async function recordAiUsage(
  db: TDbOrTx,
  calls: readonly AiCallRecord[],
  context: TAiUsageContext,
): Promise<void> {
  if (calls.length === 0) return;
  await db.insert(aiUsage).values(
    calls.map((call) => aiUsageRow(context, call)),
  );
}
