/**
 * Runs one PDF or DOCX parse in a worker thread (parse-worker.mjs) with a heap limit and a deadline,
 * at most MAX_PARSERS at a time in this process. Measured before: a 97 KB PDF whose content stream
 * inflates to 20 MB held the web process's event loop for 14 s and grew it by 400 MB, and a 300 KB
 * DOCX took it down out of memory. Now such a file ends in a 4xx ("too large or complex") when the
 * thread passes its limits, and the thread is terminated.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/server/errors";
import { tooComplex, unreadable } from "./upload-problems";

export interface TParsed {
  text: string;
  pages: number | null;
}

export interface TParseLimits {
  timeoutMs: number;
  heapMb: number;
  maxPages: number;
}

/** Two parses at once use at most two heaps' worth of memory; more wait their turn (up to MAX_WAITING). */
const MAX_PARSERS = 2;
const MAX_WAITING = 16;

type TAnswer = { text: string; pages: number | null } | { tooManyPages: number } | { malformed: true };

function workerPath(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), "parse-worker.mjs");
  // A bundled server no longer sits beside its sources; the checkout's copy is the one to start.
  return existsSync(beside) ? beside : path.join(process.cwd(), "server/job-targets/parse-worker.mjs");
}

let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_PARSERS) {
    if (waiting.length >= MAX_WAITING) throw new AppError("SERVICE_UNAVAILABLE", "Too many files are being read right now. Try again in a moment.", { reason: "busy", retryAfterSeconds: 5 });
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

function runWorker(kind: "pdf" | "docx", bytes: Uint8Array, limits: TParseLimits): Promise<TAnswer | "limit"> {
  return new Promise((resolve) => {
    const worker = new Worker(workerPath(), {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
      env: {},
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (answer: TAnswer | "limit") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => finish("limit"), limits.timeoutMs);
    worker.once("message", (answer: TAnswer) => finish(answer));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or any crash of the parser: the file is beyond what we read.
    worker.once("error", () => finish("limit"));
    worker.once("exit", () => finish("limit"));
    // A copy: the caller keeps its buffer.
    const copy = new Uint8Array(bytes);
    worker.postMessage({ kind, bytes: copy, maxPages: limits.maxPages }, [copy.buffer]);
  });
}

export async function parseInWorker(kind: "pdf" | "docx", bytes: Uint8Array, limits: TParseLimits): Promise<TParsed> {
  const release = await slot();
  let answer: TAnswer | "limit";
  try {
    answer = await runWorker(kind, bytes, limits);
  } finally {
    release();
  }
  const name = kind === "pdf" ? "PDF" : "DOCX";
  if (answer === "limit") throw tooComplex(name, `it needs more than ${limits.timeoutMs / 1000} s or ${limits.heapMb} MB to read`);
  if ("malformed" in answer) throw unreadable(name);
  if ("tooManyPages" in answer) {
    const pages = answer.tooManyPages;
    throw new AppError("VALIDATION_ERROR", `This PDF has ${pages} pages; upload at most ${limits.maxPages} pages.`, { reason: "too_many_pages", pages, limit: limits.maxPages });
  }
  return answer;
}
