/**
 * What a launcher prints when start-up fails. A database that cannot be reached or refuses the login
 * surfaced as drizzle's "Failed query: select pg_advisory_lock($1) params: …" and a stack trace; the
 * reason (connection refused, unknown host, no such database or role) was hidden in `cause`.
 */

/** Network failures and PostgreSQL refusing the connection itself, all fixed in DATABASE_URL or on the server. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT",
  "28000", // invalid_authorization_specification: no such role, pg_hba refuses
  "28P01", // invalid_password
  "3D000", // invalid_catalog_name: no such database
]);

/** One line naming why the database cannot be used, or null when the failure is something else. */
export function databaseProblem(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) {
      return (
        `Cannot use the database: ${current.message}. Check DATABASE_URL (host, port, user, password, ` +
        "database name) and that PostgreSQL is running and accepts connections from this machine."
      );
    }
    current = current.cause;
  }
  return null;
}

/**
 * One line for a failure the person starting the app can fix from its message alone: the database
 * (above), a refusal the app itself explains (an AppError: a common ADMIN_PASSWORD, an unknown email for
 * user:promote) or a port already taken. Anything else keeps its stack trace: it is a bug to report.
 */
export function launchProblem(error: unknown): string | null {
  const database = databaseProblem(error);
  if (database) return database;
  if (!(error instanceof Error)) return null;
  if (error.name === "AppError") return error.message;
  const { code, port } = error as Error & { code?: unknown; port?: unknown };
  if (code === "EADDRINUSE") return `${port ? `Port ${String(port)}` : "The port"} is already in use by another program: stop it, or start on another port with PORT=…`;
  return null;
}
