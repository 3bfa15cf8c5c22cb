/**
 * Where the logs go when no LOG_FILE is set: stdout, written in batches. pino's default stdout
 * stream makes one `fs.write` per line (on libuv's thread pool, which sign-ins' argon2 hashes also
 * use); under load that write was two thirds of the request line's CPU (docs/performance.md). Here
 * lines collect until 4 KiB or for at most `flushMs`, then go to pino's own asynchronous stdout
 * stream as one write. On exit the last batch is handed over before pino flushes that stream
 * synchronously, so a normal exit (an uncaught error's included) loses nothing; a SIGKILL can lose
 * the last `flushMs` of lines.
 */
import pino from "pino";

/** Characters a batch collects before it is written (about 4 KiB of JSON lines). */
export const BATCH_CHARS = 4096;

/**
 * Marks a destination that takes whole lines and needs nothing from pino but the text (the batched
 * stdout below): the request line may be written to it directly (server/request-line.ts).
 */
export const TAKES_WHOLE_LINES = Symbol.for("rehearse.log.takesWholeLines");

export function takesWholeLines(stream: unknown): stream is { write(line: string): unknown } {
  return typeof stream === "object" && stream !== null && (stream as Record<symbol, unknown>)[TAKES_WHOLE_LINES] === true;
}

export interface TBatchedDestination {
  readonly [TAKES_WHOLE_LINES]: true;
  write(line: string): boolean;
  /** Hands the collected lines to the stream now (pino's logger.flush() calls it). */
  flush(callback?: (error?: Error) => void): void;
}

export function batchedDestination(options: { fd: number; flushMs: number }): TBatchedDestination {
  let batch = "";
  let timer: NodeJS.Timeout | undefined;
  const handOver = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (batch === "") return;
    const lines = batch;
    batch = "";
    stream.write(lines);
  };
  // Registered before the stream exists, so it runs before pino's own exit handler flushes the stream.
  process.once("exit", handOver);
  const stream = pino.destination({ dest: options.fd, sync: false });
  return {
    [TAKES_WHOLE_LINES]: true,
    write(line) {
      batch += line;
      if (batch.length >= BATCH_CHARS) handOver();
      else if (!timer) timer = setTimeout(handOver, options.flushMs).unref();
      return true;
    },
    flush(callback) {
      handOver();
      stream.flush(callback);
    },
  };
}
