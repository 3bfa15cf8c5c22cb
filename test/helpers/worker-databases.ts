/**
 * One database per vitest worker, so test files running at the same time never see each other's rows,
 * jobs or background workers (a pg-boss worker started by one file would otherwise score another file's
 * answers). Global setup migrates and seeds the run's database once, then clones it (CREATE DATABASE …
 * TEMPLATE) for each worker slot; each test file, before it imports anything, points DATABASE_URL at
 * its slot's clone (VITEST_POOL_ID, 1..maxWorkers, is unique among the files running at that moment).
 * Files in one slot share its database one after another, as all files shared the one database before.
 */

/** Set by global setup: the migrated, seeded database the worker databases are cloned from. */
export const TEMPLATE_URL_VARIABLE = "REHEARSE_VITEST_TEMPLATE_URL";

export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function workerDatabaseName(templateUrl: string, poolId: number | string): string {
  return `${databaseName(templateUrl)}_worker_${poolId}`;
}

/** In a test worker: DATABASE_URL becomes this worker slot's clone (a no-op when global setup made none). */
export function pointAtWorkerDatabase(): void {
  const templateUrl = process.env[TEMPLATE_URL_VARIABLE];
  const poolId = process.env.VITEST_POOL_ID;
  if (!templateUrl || !poolId) return;
  process.env.DATABASE_URL = databaseUrl(templateUrl, workerDatabaseName(templateUrl, poolId));
}
