/**
 * Recognises "the database is not there right now" among thrown errors, so the one AppError mapper
 * (server/errors.ts) answers 503 SERVICE_UNAVAILABLE with Retry-After instead of 500 INTERNAL.
 * Errors arrive wrapped (tRPC's TRPCError, Drizzle's DrizzleQueryError), so the cause chain is walked.
 */

/** Socket errors from the client's side of the connection (postgres.js reports the errno as `code`). */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
]);

/** postgres.js' own connection errors. */
const CLIENT_CODES = new Set(["CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);

/**
 * SQLSTATEs meaning the server is going away, starting, overloaded or cut the statement off:
 * 08xxx connection exceptions, 57P01–57P03 admin/crash shutdown and "cannot connect now",
 * 53300 too many connections, 57014 statement timeout (our bounded statement_timeout fired).
 */
const SQLSTATES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300", "57014"]);

/** Seconds a client should wait before trying again: the launcher restarts a dead embedded server in about this time. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // A short walk: real chains are two or three deep, and a cycle must not loop forever.
  for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
    const code = codeOf(current);
    if (code && (SOCKET_CODES.has(code) || CLIENT_CODES.has(code) || SQLSTATES.has(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
