/**
 * A bounded pool of sandbox worker threads (worker.mjs) with a queue. Each worker runs one answer at a
 * time; a worker that overruns a test's limit by more than GRACE_MS, crashes or exits is terminated and
 * replaced, and its answer gets a clear status. The pool never waits on a dead worker.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/server/errors";
import type { TCallStyle, TCodeLanguage, TParamKind } from "@/server/contracts/vocabulary/code-shapes";

import type { TOutcome, TOutcomeKind } from "@/server/contracts/code-summary";

export type { TOutcome, TOutcomeKind };

export interface TWorkerJob {
  language: TCodeLanguage;
  code: string;
  functionName: string;
  style: TCallStyle;
  params: TParamKind[];
  returns: TParamKind;
  /** Each test's arguments as a JSON string. */
  tests: string[];
  timeLimitMs: number;
  memoryLimitMb: number;
}

export interface TWorkerResult {
  /** One outcome per test that ran, in order (a failed load gives one outcome for the whole run). */
  results: TOutcome[];
  /** Set when the code did not load (syntax error, failing top level, a limit hit while loading). */
  loadError: TOutcome | null;
  stdout: string;
  truncated: boolean;
  ms: number;
}

/** How long past a test's limit the thread may go before it is killed (the interrupt normally ends it first). */
const GRACE_MS = 1500;
/** Loading Pyodide takes ~2 s on an idle machine; a busy one gets much longer before a worker counts as broken. */
const START_TIMEOUT_MS = 120_000;
const MAX_QUEUE = 200;

interface TPending {
  job: TWorkerJob;
  resolve: (result: TWorkerResult) => void;
  reject: (error: unknown) => void;
}

interface TSlot {
  worker: Worker;
  ready: boolean;
  current: (TPending & { id: number; started: number; partial: TOutcome[]; timer?: NodeJS.Timeout }) | null;
  startTimer?: NodeJS.Timeout;
}

function workerPath(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.mjs");
  // A bundled server no longer sits beside its sources; the checkout's copy is the one to start.
  return existsSync(beside) ? beside : path.join(process.cwd(), "server/code-runner/worker.mjs");
}

export class CodeRunnerPool {
  private readonly slots = new Set<TSlot>();
  private readonly queue: TPending[] = [];
  private nextId = 1;
  private closed = false;
  private startFailures = 0;
  /** Workers replaced after a kill, crash or recycle (for tests and metrics). */
  replaced = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Resolves once every worker has loaded its interpreters. */
  async warm(): Promise<void> {
    while (!this.closed && [...this.slots].some((slot) => !slot.ready)) await new Promise((r) => setTimeout(r, 50));
  }

  get queued(): number {
    return this.queue.length;
  }

  run(job: TWorkerJob): Promise<TWorkerResult> {
    if (this.closed) return Promise.reject(new AppError("SERVICE_UNAVAILABLE", "The code runner is shutting down"));
    if (this.queue.length >= MAX_QUEUE) {
      return Promise.reject(new AppError("SERVICE_UNAVAILABLE", "The code runner is busy; try again in a moment", { retryAfterSeconds: 5 }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new AppError("SERVICE_UNAVAILABLE", "The code runner is shutting down"));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, false)));
  }

  private spawn(): void {
    if (this.closed) return;
    const worker = new Worker(workerPath(), {
      resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32, codeRangeSizeMb: 64, stackSizeMb: 64 },
      stdout: true,
      stderr: true,
      env: {},
    });
    worker.unref();
    // The sandbox writes nothing worth keeping; draining keeps the pipes from filling up.
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: TSlot = { worker, ready: false, current: null };
    slot.startTimer = setTimeout(() => this.fail(slot, "error", "The sandbox did not start"), START_TIMEOUT_MS);
    slot.startTimer.unref();
    worker.on("message", (message: { type: string; id?: number; index?: number; outcome?: TOutcome } & Partial<TWorkerResult> & { recycle?: boolean }) => {
      if (message.type === "ready") {
        clearTimeout(slot.startTimer);
        slot.ready = true;
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (!current || message.id !== current.id) return;
      if (message.type === "test-start") {
        clearTimeout(current.timer);
        current.timer = setTimeout(() => this.fail(slot, "time_limit", "Time limit exceeded"), current.job.timeLimitMs + GRACE_MS);
      } else if (message.type === "test-done" && message.outcome) {
        current.partial.push(message.outcome);
      } else if (message.type === "done") {
        clearTimeout(current.timer);
        slot.current = null;
        current.resolve({ results: message.results ?? [], loadError: message.loadError ?? null, stdout: message.stdout ?? "", truncated: Boolean(message.truncated), ms: message.ms ?? 0 });
        if (message.recycle) this.replace(slot);
        else this.dispatch();
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.fail(slot, memory ? "memory_limit" : "error", memory ? "Memory limit exceeded" : "The sandbox crashed");
    });
    worker.on("exit", () => this.fail(slot, "error", "The sandbox stopped"));
    this.slots.add(slot);
  }

  /** Ends a worker's current answer with `kind` for the test that was running, then replaces the worker. */
  private fail(slot: TSlot, kind: TOutcomeKind, message: string): void {
    if (!this.slots.has(slot)) return;
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.resolve({ results: [...current.partial, { kind, error: message }], loadError: null, stdout: "", truncated: false, ms: performance.now() - current.started });
    }
    this.replace(slot);
  }

  private replace(slot: TSlot): void {
    this.replaced += 1;
    if (slot.ready) this.startFailures = 0;
    else if (++this.startFailures >= 3) {
      // Workers that cannot even start (a broken install): fail what waits instead of queueing forever.
      for (const pending of this.queue.splice(0)) pending.reject(new AppError("SERVICE_UNAVAILABLE", "The code runner could not start"));
    }
    void this.retire(slot, true);
  }

  private async retire(slot: TSlot, respawn: boolean): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.startTimer);
    clearTimeout(slot.current?.timer);
    slot.worker.removeAllListeners("exit");
    slot.worker.on("error", () => {});
    if (respawn) {
      // A worker that died before it was ready is restarted after a pause, not in a tight loop.
      if (slot.ready) this.spawn();
      else setTimeout(() => this.spawn(), Math.min(30_000, 1000 * 2 ** this.startFailures)).unref();
    }
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      slot.current = { ...pending, id, started: performance.now(), partial: [] };
      slot.current.timer = setTimeout(() => this.fail(slot, "time_limit", "Time limit exceeded"), pending.job.timeLimitMs + GRACE_MS);
      slot.worker.postMessage({ type: "run", id, ...pending.job });
    }
  }
}
