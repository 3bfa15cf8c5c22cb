/**
 * The database goes away for a few seconds: requests answer 503 SERVICE_UNAVAILABLE with
 * Retry-After at once (never 500, never a wait for the 4 s acquire deadline), sign-ins queued behind
 * the sign-in gate too, and requests work again as soon as it is back, without restarting the app.
 * Uses its own embedded PostgreSQL so stopping it disturbs no other test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { closeDb, getDb } from "@/server/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { freePortBelowEphemeralRange } from "@/db/embedded-postmaster";
import { SIGN_IN_CONCURRENCY } from "@/server/auth/sign-in-gate";
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
const signIn = (n: number) => () =>
  rest(
    new Request("http://localhost:3999/api/v1/auth/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `outage-${n}@example.com`, password: "correct horse battery staple" }),
    }),
  );

function expectRefusedAtOnce({ response, ms, body }: Awaited<ReturnType<typeof timed>>) {
  expect(response.status).toBe(503);
  // Not the acquire deadline (4 s): a refused connection fails the request at once.
  expect(ms).toBeLessThan(1_000);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(JSON.stringify(body)).toContain("SERVICE_UNAVAILABLE");
}

beforeAll(async () => {
  // A port no other test's server can take while this one is stopped (they listen on port 0).
  pg = await startEmbeddedPostgres({ dataDir, port: await freePortBelowEphemeralRange() });
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
  it("answers 503 with Retry-After at once while the database is down, sign-ins too, then recovers by itself", async () => {
    const before = await timed(getQuestions);
    expect(before.response.status).toBe(200);

    const port = pg.port;
    await pg.stop();
    const downSince = Date.now();
    // Several rounds while it is down (connections refused): long enough for postgres.js' own
    // reconnect backoff to have grown past the acquire deadline before db/index.ts bounded it.
    while (Date.now() - downSince < 4_000) {
      for (const request of [getQuestions, getQuestionsTrpc]) expectRefusedAtOnce(await timed(request));
      const viaCaller = await callerFor(getDb()).caller.catalog.questions({ limit: 5 }).catch((error: unknown) => error);
      expect(toAppError(viaCaller).code).toBe("SERVICE_UNAVAILABLE");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // More sign-ins at once than the gate runs: the queued ones must not wait behind the refused ones.
    const signIns = await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY * 3 }, (_, n) => timed(signIn(n))));
    for (const result of signIns) expectRefusedAtOnce(result);

    pg = await startEmbeddedPostgres({ dataDir, port });
    // postgres.js opens new connections on the next query: no restart of the app, no new pool.
    const after = await timed(getQuestions);
    expect(after.response.status).toBe(200);
    expect(after.ms).toBeLessThan(1_000);
    expect((await timed(getQuestionsTrpc)).response.status).toBe(200);
  }, 60_000);
});
