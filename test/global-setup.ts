/**
 * One real PostgreSQL for the whole vitest run: DATABASE_URL when set (a fresh database is
 * expected), else an embedded server in .test-data/vitest, created anew for each run.
 * Migrations and the seed run here once; test files then share the database and make their own users.
 */
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";

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

export async function setup(): Promise<void> {
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
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  // The cluster may live outside DATA_DIR (a clone in a private folder, as root): remove it too.
  if (embedded) fs.rmSync(embedded.clusterDir, { recursive: true, force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
