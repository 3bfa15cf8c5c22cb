/**
 * JSON logs (pino). Every line carries the current request id; secrets are redacted by key
 * wherever they appear, errors lose their query parameters (server/log-errors.ts), and LOG_FILE
 * (when set) receives a copy of every line.
 */
import fs from "node:fs";
import path from "node:path";
import pino from "pino";
import { getEnv } from "./env";
import { batchedDestination } from "./log-destination";
import { sanitizeLogValue, scrubQueryText, serializeError } from "./log-errors";

/** For warnings about a failed try (the job worker): the cause under a wrapper and PostgreSQL's fields. */
export { errorCauseFields } from "./log-errors";
import { isoTimestamp } from "./log-time";
import { currentRequestId } from "./request-context";

/** How long a line may wait on stdout for others to share its write. */
const STDOUT_FLUSH_MS = 100;

/** Keys whose values never reach a log line, at any depth pino's redaction supports. */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "apiKey",
  "authorization",
  "cookie",
  "set-cookie",
  "DATABASE_URL",
  "AUTH_SECRET",
];

export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const member = safe.startsWith("[") ? safe : `.${safe}`;
  return [safe, `*${member}`, `*.*${member}`, `req.headers${member}`, `headers${member}`];
});

/**
 * What every logger applies, the tests' capture loggers too: key redaction, and errors and query
 * messages stripped of bound values wherever they sit in the logged object.
 */
export const SAFE_LOG_OPTIONS = {
  redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  serializers: { err: serializeError, error: serializeError },
  formatters: { log: (object: Record<string, unknown>) => sanitizeLogValue(object) as Record<string, unknown> },
  hooks: {
    logMethod(this: pino.Logger, args: unknown[], method: pino.LogFn) {
      // `log.error(err)` makes the message from err.message, after this hook: give it the scrubbed one.
      const [first] = args;
      if (args.length === 1 && first instanceof Error) return method.call(this, first, scrubQueryText(first.message));
      const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubQueryText(arg) : arg));
      return (method as (...values: unknown[]) => void).apply(this, scrubbed);
    },
  },
} satisfies pino.LoggerOptions;

/** The app logger's options (its stream aside): what every line is made with. */
export function appLoggerOptions(level: string): pino.LoggerOptions {
  return {
    ...SAFE_LOG_OPTIONS,
    level,
    base: { service: "rehearse" },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    // pino's isoTime, without a Date and a toISOString per line (log-time.ts).
    timestamp: isoTimestamp,
  };
}

function createLogger(): pino.Logger {
  const env = getEnv();
  const options = appLoggerOptions(env.LOG_LEVEL);
  if (!env.LOG_FILE) {
    // stdout in batches (log-destination.ts): one write per ~4 KiB of lines, not per line. A stdout
    // someone has wrapped (a test runner, a dev tool) keeps pino's default, which writes through it.
    const wrapped = process.stdout.write !== Object.getPrototypeOf(process.stdout).write;
    return wrapped ? pino(options) : pino(options, batchedDestination({ fd: process.stdout.fd, flushMs: STDOUT_FLUSH_MS }));
  }
  fs.mkdirSync(path.dirname(path.resolve(env.LOG_FILE)), { recursive: true });
  // The file gets every line from info up whatever LOG_LEVEL says (tests run with the console silent
  // and still scan the file for secrets); the console keeps LOG_LEVEL.
  const streams: pino.StreamEntry[] = [{ stream: pino.destination({ dest: env.LOG_FILE, append: true, sync: true }), level: "info" }];
  if (env.LOG_LEVEL !== "silent") streams.push({ stream: process.stdout, level: env.LOG_LEVEL });
  const fileLevel = pino.levels.values.info!;
  const consoleLevel = env.LOG_LEVEL === "silent" ? Infinity : (pino.levels.values[env.LOG_LEVEL] ?? fileLevel);
  return pino({ ...options, level: consoleLevel < fileLevel ? env.LOG_LEVEL : "info" }, pino.multistream(streams));
}

let instance: pino.Logger | undefined;

export function logger(): pino.Logger {
  instance ??= createLogger();
  return instance;
}

/**
 * A child of `log` without key redaction, for lines whose fields are fixed and ours. Redaction with
 * these paths (wildcards at two depths) is ~35 µs of the ~40 µs a line costs (docs/performance.md);
 * stream, level, request id, serializers and formatters stay the parent's.
 */
export function withoutRedaction(log: pino.Logger): pino.Logger {
  return log.child({}, { redact: { paths: [] } });
}
