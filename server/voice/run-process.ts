/** Runs the external audio tools (sox, pocketsphinx, espeak-ng) with a time limit and an output cap. */
import { execFile, spawn } from "node:child_process";

export class ProcessError extends Error {
  constructor(
    message: string,
    readonly reason: "timeout" | "output_limit" | "exit" | "aborted" | "spawn",
  ) {
    super(message);
    this.name = "ProcessError";
  }
}

export interface RunOptions {
  timeoutMs: number;
  /** Bytes of stdout kept; the process is killed beyond it. */
  maxOutputBytes: number;
  signal?: AbortSignal;
}

/** Runs `command args`, resolving with its stdout; rejects on a non-zero exit, timeout, cap or abort. */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ProcessError(`${command} aborted before it started`, "aborted"));
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderrTail = "";
    let failure: ProcessError | undefined;
    const stop = (error: ProcessError): void => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(new ProcessError(`${command} took longer than ${options.timeoutMs} ms`, "timeout")), options.timeoutMs);
    const onAbort = (): void => stop(new ProcessError(`${command} was aborted`, "aborted"));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxOutputBytes) return stop(new ProcessError(`${command} wrote more than ${options.maxOutputBytes} bytes`, "output_limit"));
      chunks.push(chunk);
    });
    // Only the tail of stderr is kept, for the error message; pocketsphinx logs megabytes there.
    child.stderr.on("data", (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-500);
    });
    child.on("error", (error) => stop(new ProcessError(`${command} could not start: ${error.message}`, "spawn")));
    child.on("close", (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new ProcessError(`${command} exited with ${code}: ${stderrTail.trim().split("\n").at(-1) ?? ""}`, "exit"));
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
  });
}

/** Whether `command` is on the PATH (asks the shell, so PATH handling stays the system's). */
export function commandExists(command: string): Promise<boolean> {
  if (!/^[\w.-]+$/.test(command)) return Promise.resolve(false);
  return new Promise((resolve) => {
    execFile("sh", ["-c", `command -v ${command}`], (error) => resolve(!error));
  });
}
