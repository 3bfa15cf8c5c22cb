/**
 * Errors on their way into a log line. Database errors carry the query's bound values: postgres.js
 * puts them on `parameters` (and `args`), Drizzle on `params` and in its message
 * ("Failed query: …\nparams: …"). Those values are user data — a password hash, an answer, an
 * email — so they are dropped here, from the error, its cause chain and anything nested in a log
 * object, however the error was logged (`err`, `error`, deeper, or as a string message).
 */

/** Keys that hold a query's bound values; the SQL text itself (placeholders only) is kept. */
const PARAMETER_KEYS = new Set(["parameters", "params", "args", "binds", "values"]);
const MAX_DEPTH = 8;
const PARAMS_IN_TEXT = /\nparams: [\s\S]*$/;

/** Cuts Drizzle's "\nparams: …" tail from a message (everything after it is bound values). */
export function scrubQueryText(text: string): string {
  return text.includes("\nparams: ") ? text.replace(PARAMS_IN_TEXT, "\nparams: [redacted]") : text;
}

/** The stack begins with the message; put the scrubbed message in its place and keep the frames. */
function scrubStack(stack: string, message: string): string {
  if (!message.includes("\nparams: ")) return stack;
  const scrubbed = scrubQueryText(message);
  if (stack.includes(message)) return stack.replace(message, scrubbed);
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [scrubbed, ...frames].join("\n");
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** An Error, or an error from another realm; a plain object (one already serialized) is not. */
function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  return typeof value === "object" && value !== null && !isPlainObject(value) && "message" in value && "stack" in value;
}

/**
 * Copies serializeError made (everything in them sanitized already). The logger's formatter walks the
 * whole line again after the serializers: scrubbing a stack a second time cut its frames off (the
 * "params: [redacted]" tail matched and took the frames with it), so these are left as they are.
 */
const serialized = new WeakSet<object>();

/** A JSON-safe copy of an error: type, message, stack, code and own fields, causes included, values dropped. */
export function serializeError(error: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (!isErrorLike(error)) return sanitizeLogValue(error, seen, depth);
  if (seen.has(error) || depth > MAX_DEPTH) return { type: error.constructor?.name ?? "Error", message: "[circular or too deep]" };
  seen.add(error);
  const message = typeof error.message === "string" ? error.message : String(error.message);
  const out: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name ?? "Error",
    message: scrubQueryText(message),
  };
  if (typeof error.stack === "string") out.stack = scrubStack(error.stack, message);
  for (const [key, value] of Object.entries(error)) {
    if (PARAMETER_KEYS.has(key) || key in out) continue;
    out[key] = key === "cause" ? serializeError(value, seen, depth + 1) : sanitizeLogValue(value, seen, depth + 1);
  }
  // `cause` is often non-enumerable (set through the Error constructor's options).
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && !("cause" in out)) out.cause = serializeError(cause, seen, depth + 1);
  if (error instanceof AggregateError && !("errors" in out)) out.errors = error.errors.map((inner) => serializeError(inner, seen, depth + 1));
  serialized.add(out);
  return out;
}

/** Walks a value to be logged: errors serialized safely, parameter arrays dropped, query messages scrubbed. */
export function sanitizeLogValue(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === "string") return scrubQueryText(value);
  if (typeof value !== "object" || value === null) return value;
  if (isErrorLike(value)) return serializeError(value, seen, depth);
  if (serialized.has(value)) return value;
  // Never hand back an unwalked object: it could hold anything.
  if (seen.has(value)) return "[circular]";
  if (depth > MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) {
    seen.add(value);
    return value.map((item) => sanitizeLogValue(item, seen, depth + 1));
  }
  if (!isPlainObject(value)) return value;
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // A bare `parameters`/`params` array next to a query is bound values too; other uses are kept.
    if (PARAMETER_KEYS.has(key) && Array.isArray(inner) && ("query" in value || key === "parameters")) continue;
    out[key] = sanitizeLogValue(inner, seen, depth + 1);
  }
  return out;
}

/** What PostgreSQL said about a failed statement (postgres.js' PostgresError, field names as the wire protocol's). */
export interface TDatabaseErrorFields {
  code: string;
  message: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const CAUSE_DEPTH = 6;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The first error in the cause chain that came from the PostgreSQL server (a SQLSTATE code and a severity). */
function databaseError(error: unknown): Record<string, unknown> | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < CAUSE_DEPTH && typeof current === "object" && current !== null; depth++) {
    const candidate = current as Record<string, unknown>;
    if (typeof candidate.code === "string" && SQLSTATE.test(candidate.code) && typeof candidate.severity === "string") return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** The SQLSTATE of a PostgreSQL error anywhere in the cause chain (23503 foreign key, 40P01 deadlock…). */
export function databaseErrorCode(error: unknown): string | undefined {
  return databaseError(error)?.code as string | undefined;
}

export function databaseErrorFields(error: unknown): TDatabaseErrorFields | undefined {
  const found = databaseError(error);
  if (!found) return undefined;
  const text = (key: string) => (typeof found[key] === "string" ? (found[key] as string) : undefined);
  const fields: TDatabaseErrorFields = { code: found.code as string, message: text("message") ?? "" };
  // A detail quotes the row's values ("Key (email)=(ada@example.com) already exists"): the column names stay, the values do not.
  const detail = text("detail")?.replace(/=\((?:[^()]|\([^()]*\))*\)/g, "=(…)");
  const optional = { detail, constraint: text("constraint_name"), table: text("table_name"), column: text("column_name") };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) fields[key as keyof typeof optional] = value;
  return fields;
}

/** The fields a warning about a failed try adds to its message: the underlying cause and PostgreSQL's fields. */
export function errorCauseFields(error: unknown): { cause?: string; pg?: TDatabaseErrorFields } {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const pg = databaseErrorFields(error);
  return {
    ...(cause instanceof Error ? { cause: `${cause.name}: ${cause.message}` } : {}),
    ...(pg ? { pg } : {}),
  };
}
