/** Cost of one call from the price table (USD per 1M tokens); a model missing from the table costs 0. */
import type { TPriceTable } from "@/server/scoring/openai/types";

export function callCostUsd(priceTable: TPriceTable, model: string, inputTokens: number, outputTokens: number): number {
  const price = priceTable[model];
  if (!price) return 0;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
