/**
 * The one error line of an unexpected failure (a 500 INTERNAL), whichever path it took: the error
 * with its stack and cause chain (serialized without bound values, log-errors.ts) and, when a
 * PostgreSQL error is at the bottom of it, the server's own fields at the top of the line, where a
 * reader looks first (Drizzle's "Failed query: …" says which statement, not why it failed).
 * An error is logged once even when two layers see it (the adapter's errorFormatter, then the REST handler).
 */
import { TRPCError } from "@trpc/server";
import { databaseErrorFields } from "./log-errors";
import { logger } from "./logger";

const logged = new WeakSet<object>();

/**
 * Logs an unexpected error at error level, once. A TRPCError is tRPC's wrapper: its cause is what
 * was thrown. `fields` are fixed ones of ours (the request id); never a request's body.
 */
export function logUnexpectedError(error: unknown, message: string, fields: Record<string, unknown> = {}): void {
  const thrown = error instanceof TRPCError && error.cause ? error.cause : error;
  const seen = [error, thrown].filter((value): value is object => typeof value === "object" && value !== null);
  if (seen.some((value) => logged.has(value))) return;
  for (const value of seen) logged.add(value);
  const pg = databaseErrorFields(thrown);
  logger().error({ ...fields, err: thrown, ...(pg ? { pg } : {}) }, message);
}
