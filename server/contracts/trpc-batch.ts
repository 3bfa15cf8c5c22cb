/**
 * How many tRPC calls one batched request may carry. The server refuses larger batches with 400
 * (one small GET could otherwise run hundreds of procedures), and the browser's batch link splits
 * at the same number, so the app itself never meets the refusal.
 */
export const TRPC_MAX_BATCH_SIZE = 10;
