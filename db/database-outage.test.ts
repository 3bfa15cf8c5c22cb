/**
 * The database is stopped (fast shutdown, then connections refused) under a client with the app's
 * settings: queries and transactions fail at once with a refusal (503 + Retry-After in the app), not
 * after the 4 s acquire deadline, and the first ones after the restart succeed. Before db/reachability.ts
 * and the bounded reconnect delay, each query waited 4 s, and queries kept failing for 10+ s after the
 * restart (postgres.js' reconnect backoff had grown to 10–20 s). Uses its own embedded PostgreSQL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./index";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { freePortBelowEphemeralRange } from "./embedded-postmaster";
import { isConnectionRefusal } from "./reachability";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-db-outage-"));
fs.chmodSync(dataDir, 0o755);
let pg: EmbeddedPostgres | undefined;

afterAll(async () => {
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function timed(work: () => Promise<unknown>): Promise<{ ms: number; error?: unknown }> {
  const started = Date.now();
  try {
    await work();
    return { ms: Date.now() - started };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe("database stopped under the app's client", () => {
  it("fails queries and transactions within a second while it is down, and the first ones after the restart succeed", async () => {
    const port = await freePortBelowEphemeralRange();
    pg = await startEmbeddedPostgres({ dataDir, port });
    const { db, sql: client } = createDb(pg.url, { max: 4, acquireTimeoutMs: 4_000 });
    const query = () => db.execute(sql`select 1 as one`);
    const transaction = () => db.transaction(async (tx) => tx.execute(sql`select 1 as one`));
    try {
      await Promise.all([query(), query(), transaction()]);
      await pg.stop();

      const downSince = Date.now();
      // Long enough for the driver's default backoff to pass the acquire deadline (it did within 2 s).
      while (Date.now() - downSince < 4_000) {
        const results = await Promise.all([query, query, query, transaction, transaction].map(timed));
        for (const result of results) {
          expect(result.ms, `failed after ${result.ms} ms: ${String(result.error)}`).toBeLessThan(1_000);
          expect(result.error, "a query succeeded with the database stopped").toBeDefined();
          expect(isConnectionRefusal(result.error), String(result.error)).toBe(true);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      pg = await startEmbeddedPostgres({ dataDir, port });
      const after = await Promise.all([query, transaction].map(timed));
      expect(after.map((result) => result.error)).toEqual([undefined, undefined]);
      expect(Math.max(...after.map((result) => result.ms))).toBeLessThan(1_000);
    } finally {
      await client.end({ timeout: 1 });
    }
  }, 90_000);
});
