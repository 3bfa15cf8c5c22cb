/**
 * The one log line per answered request (with-request.ts): method, path, status and duration, with
 * the request id, nothing that could hold a secret. On the production stream (batched stdout, which
 * takes whole lines) the line is written as text: byte for byte what pino makes of these fields with
 * the app logger's options (request-line.test.ts holds it to that), without pino's per-line work —
 * the hook over its arguments, the sanitising walk and copy of the object, the mixin's merge, a
 * JSON.stringify per field — which made about 3% of a REST request's CPU (docs/performance.md).
 * Any other stream (LOG_FILE's multistream in tests and e2e, a wrapped stdout) gets it through pino,
 * without key redaction (the fields are fixed and ours).
 */
import pino from "pino";
import { takesWholeLines } from "./log-destination";
import { isoTime } from "./log-time";
import { withoutRedaction } from "./logger";

export interface TRequestLine {
  method: string;
  path: string;
  status: number;
  durationMs: number;
}

interface TLineWriter {
  write(requestId: string | undefined, fields: TRequestLine): void;
}

const writers = new WeakMap<pino.Logger, TLineWriter>();

/** Printable ASCII without `"` and `\\`: written as it is by pino and by JSON alike. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function writerFor(log: pino.Logger): TLineWriter {
  const stream = (log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (!takesWholeLines(stream)) {
    const child = withoutRedaction(log);
    return { write: (_requestId, fields) => child.info(fields, "request") };
  }
  // What pino puts between the time and the line's own fields: the logger's bindings (its `base`).
  const bindings = JSON.stringify(log.bindings()).slice(1, -1);
  const head = `{"level":${log.levels.values.info}`;
  const afterTime = bindings ? `",${bindings}` : `"`;
  const viaPino = withoutRedaction(log);
  return {
    write(requestId, fields) {
      if (!log.isLevelEnabled("info")) return;
      const { method, path, status, durationMs } = fields;
      // Anything pino would escape or change (quotes, control characters, non-ASCII, the query scrub's
      // "\nparams: ", a number that is not a whole one) goes through pino: its escaping is not JSON.stringify's.
      const plain = PLAIN.test(method) && PLAIN.test(path) && (requestId === undefined || PLAIN.test(requestId)) && Number.isInteger(status) && Number.isInteger(durationMs);
      if (!plain) return viaPino.info(fields, "request");
      const id = requestId ? `,"requestId":"${requestId}"` : "";
      stream.write(`${head},"time":"${isoTime(Date.now())}${afterTime}${id},"method":"${method}","path":"${path}","status":${status},"durationMs":${durationMs},"msg":"request"}\n`);
    },
  };
}

/** Writes the request's line to `log` (the app logger); `requestId` is the one its mixin would add. */
export function writeRequestLine(log: pino.Logger, requestId: string | undefined, fields: TRequestLine): void {
  let writer = writers.get(log);
  if (!writer) writers.set(log, (writer = writerFor(log)));
  writer.write(requestId, fields);
}
