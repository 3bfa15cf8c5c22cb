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

export async function setup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const dataDir = path.resolve(".test-data", "vitest");
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
}
