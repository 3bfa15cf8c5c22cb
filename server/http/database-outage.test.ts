/**
 * The database goes away for a few seconds: requests answer 503 SERVICE_UNAVAILABLE with
 * Retry-After within 5 s (never 500, never a long hang), and work again once it is back,
 * without restarting the app. Uses its own embedded PostgreSQL so stopping it disturbs no other test.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { closeDb, getDb } from "@/server/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { resetEnvCache } from "@/server/env";
import { toAppError } from "@/server/errors";
import { callerFor } from "@/test/helpers/caller";
import { handleRestRequest } from "./rest-handler";
import { handleTrpcRequest } from "./trpc-handler";
import { withRequest } from "./with-request";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-outage-"));
fs.chmodSync(dataDir, 0o755);
const sharedUrl = process.env.DATABASE_URL;
let pg: EmbeddedPostgres;

const rest = withRequest(handleRestRequest);
const trpc = withRequest(handleTrpcRequest);

async function timed(request: () => Promise<Response>) {
  const started = Date.now();
  const response = await request();
  return { response, ms: Date.now() - started, body: (await response.json()) as { error?: { code: string } } };
}

const getQuestions = () => rest(new Request("http://localhost:3999/api/v1/questions?limit=5"));
const getQuestionsTrpc = () =>
  trpc(new Request(`http://localhost:3999/api/trpc/catalog.questions?input=${encodeURIComponent(JSON.stringify({ json: { limit: 5 } }))}`));

beforeAll(async () => {
  pg = await startEmbeddedPostgres({ dataDir });
  await runMigrations(pg.url);
  const seed = createDb(pg.url, { max: 2 });
  await runSeed(seed.db);
  await seed.sql.end({ timeout: 5 });
  // This file's process talks to its own server from here on.
  await closeDb();
  process.env.DATABASE_URL = pg.url;
  resetEnvCache();
}, 120_000);

afterAll(async () => {
  await closeDb();
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATABASE_URL = sharedUrl;
  resetEnvCache();
});

describe("database outage", () => {
  it("answers 503 with Retry-After within 5 s while the database is down, then recovers by itself", async () => {
    const before = await timed(getQuestions);
    expect(before.response.status).toBe(200);

    const port = pg.port;
    await pg.stop();
    // Hold the port while "down" (accept, then hang up at once, as a dying server does), so another
    // test's PostgreSQL cannot take it meanwhile and answer in its place.
    const placeholder = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => placeholder.listen(port, "127.0.0.1", resolve));
    const downSince = Date.now();
    // Several rounds while it is down: the pool's broken connections, then fresh connection attempts.
    while (Date.now() - downSince < 3_000) {
      for (const request of [getQuestions, getQuestionsTrpc]) {
        const { response, ms, body } = await timed(request);
        expect(response.status).toBe(503);
        expect(ms).toBeLessThan(5_000);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(JSON.stringify(body)).toContain("SERVICE_UNAVAILABLE");
      }
      const viaCaller = await callerFor(getDb()).caller.catalog.questions({ limit: 5 }).catch((error: unknown) => error);
      expect(toAppError(viaCaller).code).toBe("SERVICE_UNAVAILABLE");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }

    await new Promise((resolve) => placeholder.close(resolve));
    pg = await startEmbeddedPostgres({ dataDir, port });
    // postgres.js opens new connections on the next query: no restart of the app, no new pool.
    const after = await timed(getQuestions);
    expect(after.response.status).toBe(200);
    expect((await timed(getQuestionsTrpc)).response.status).toBe(200);
  }, 60_000);
});
