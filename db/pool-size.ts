/**
 * How many connections one process's pool may open, when DB_POOL_MAX does not say.
 *
 * A connection is busy for much longer than the CPU work it does: each request's queries make
 * round trips, and every committing write waits for the WAL flush (several ms on a virtual disk),
 * during which the database's CPU is free for other connections. A pool as small as the core
 * count leaves both the web process and PostgreSQL idle while requests queue for a connection, so
 * the default is a few connections per core. It is bounded because every process has its own pool
 * (WEB_CONCURRENCY web processes, the worker, on every machine) and PostgreSQL's max_connections
 * (100 by default, 200 for the embedded one) must hold them all: 2 cores → 16 each; 4 → 24; 8 and
 * more → 32 (a deployment with many processes sets DB_POOL_MAX and max_connections itself).
 */
export function defaultPoolMax(cores: number): number {
  const perCore = 4 * Math.max(1, Math.floor(cores));
  return Math.min(32, Math.max(16, perCore + 8));
}
