/**
 * One batched tRPC request runs at most TRPC_MAX_BATCH_SIZE procedures: an 18 KB GET naming the
 * same query 500 times used to run all 500 and answer ~765 KB.
 */
import { afterAll, describe, expect, it } from "vitest";
import { TRPC_MAX_BATCH_SIZE } from "@/server/contracts/trpc-batch";
import { stopRealtime } from "@/server/realtime/hub";
import { connectTestDb } from "@/test/helpers/db";
import { handleTrpcRequest, TRPC_ENDPOINT } from "./trpc-handler";

connectTestDb();
afterAll(() => stopRealtime());

function batchOf(count: number): Request {
  const paths = Array.from({ length: count }, () => "catalog.tracks").join(",");
  const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [i, {}]))));
  return new Request(`http://localhost:3999${TRPC_ENDPOINT}/${paths}?batch=1&input=${input}`);
}

describe("tRPC batch size", () => {
  it("runs a batch of the limit and refuses one call more with 400", async () => {
    const allowed = await handleTrpcRequest(batchOf(TRPC_MAX_BATCH_SIZE), "batch-ok");
    expect(allowed.status).toBe(200);
    expect((await allowed.json()) as unknown[]).toHaveLength(TRPC_MAX_BATCH_SIZE);

    const refused = await handleTrpcRequest(batchOf(TRPC_MAX_BATCH_SIZE + 1), "batch-big");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Batch call exceeds maximum size");

    expect((await handleTrpcRequest(batchOf(500), "batch-huge")).status).toBe(400);
  });
});
