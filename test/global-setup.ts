/**
 * One real PostgreSQL for the whole vitest run: DATABASE_URL when set (a fresh database is
 * expected), else an embedded server in .test-data/vitest, created anew for each run.
 * Migrations and the seed run here once. With the embedded server the seeded database is then cloned
 * once per vitest worker (test/helpers/worker-databases.ts), so files running at the same time never
 * share a database; with DATABASE_URL the files run one at a time (vitest.config.ts) and share it.
 * Test files make their own users.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { databaseName, databaseUrl, TEMPLATE_URL_VARIABLE, workerDatabaseName } from "./helpers/worker-databases";

let embedded: EmbeddedPostgres | undefined;
let dataDir: string | undefined;

function removeDeadRunDirs(): void {
  const root = path.resolve(".test-data");
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const pid = Number(/^vitest-(\d+)$/.exec(entry)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }
}

/** Clones the seeded database once per worker slot (the template must have no open connections). */
async function createWorkerDatabases(templateUrl: string, workers: number): Promise<void> {
  const admin = postgres(databaseUrl(templateUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    for (let poolId = 1; poolId <= workers; poolId++) {
      const name = workerDatabaseName(templateUrl, poolId);
      await admin`drop database if exists ${admin(name)}`;
      await admin`create database ${admin(name)} template ${admin(databaseName(templateUrl))}`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export async function setup(project: TestProject): Promise<void> {
  const cloneForWorkers = !process.env.DATABASE_URL;
  if (!process.env.DATABASE_URL) {
    // One data dir per run, so two runs at once (two terminals, parallel agents) never share one.
    removeDeadRunDirs();
    dataDir = path.resolve(".test-data", `vitest-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dataDir });
    process.env.DATABASE_URL = embedded.url;
  }
  await runMigrations(process.env.DATABASE_URL);
  const { sql, db } = createDb(process.env.DATABASE_URL, { max: 2 });
  try {
    await runSeed(db);
  } finally {
    await sql.end({ timeout: 5 });
  }
  if (cloneForWorkers) {
    await createWorkerDatabases(process.env.DATABASE_URL, project.config.maxWorkers || os.availableParallelism());
    process.env[TEMPLATE_URL_VARIABLE] = process.env.DATABASE_URL;
  }
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  // The cluster may live outside DATA_DIR (a clone in a private folder, as root): remove it too.
  if (embedded) fs.rmSync(embedded.clusterDir, { recursive: true, force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
