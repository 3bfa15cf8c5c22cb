/**
 * Queue benchmark: 200 answers submitted while no worker runs (200 queued built-in scoring jobs),
 * then a worker starts and we time until every answer is scored. Runs with SCORING_CONCURRENCY=1
 * and with the default, a few times each, on its own embedded PostgreSQL, and prints the medians.
 * `npm run bench:queue [runs]`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { startEmbeddedPostgres } from "@/db/embedded";
import { createDb } from "@/db";
import { closeDb, getDb } from "@/server/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { answers } from "@/db/schema";
import { getEnv, resetEnvCache } from "@/server/env";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";
import { stopQueue } from "@/server/jobs/queue";
import { verifiedTestUser } from "@/test/helpers/caller";

const ANSWERS = 200;
const PER_USER = 10;
const ANSWER = "I would first clarify the requirements, then compare two designs and their trade-offs, and measure p95 latency before and after the change.";

async function queueAnswers(label: string): Promise<string[]> {
  const db = getDb();
  const ids: string[] = [];
  for (let u = 0; u < ANSWERS / PER_USER; u += 1) {
    const { caller } = await verifiedTestUser(db, `${label}-${u}`);
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "junior", questionCount: PER_USER });
    for (const [i, question] of interview.questions.entries()) {
      const submitted = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: `${ANSWER} (${i})` });
      ids.push(submitted.answer.id);
    }
  }
  return ids;
}

async function timeUntilScored(ids: string[]): Promise<number> {
  const started = performance.now();
  const worker = await startBackgroundWorker();
  try {
    for (;;) {
      const pending = await getDb().select({ id: answers.id }).from(answers).where(and(inArray(answers.id, ids), eq(answers.status, "pending")));
      if (pending.length === 0) return performance.now() - started;
      if (performance.now() - started > 600_000) throw new Error(`${pending.length} answers still pending after 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await worker.stop();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const runs = Number.parseInt(process.argv[2] ?? "", 10) || 3;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-queue-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    await runMigrations(pg.url);
    const seed = createDb(pg.url, { max: 2 });
    await runSeed(seed.db);
    await seed.sql.end({ timeout: 5 });
    // This process's environment: only the database and quiet logs; the analyzer is the built-in one.
    Object.assign(process.env, { DATABASE_URL: pg.url, LOG_LEVEL: "warn", OPENAI_API_KEY: "" });
    const defaultConcurrency = String(getEnv().SCORING_CONCURRENCY);
    const results: Record<string, number[]> = { "1": [], [defaultConcurrency]: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const concurrency of Object.keys(results)) {
        process.env.SCORING_CONCURRENCY = concurrency;
        resetEnvCache();
        const ids = await queueAnswers(`bench-${run}-${concurrency}`);
        const ms = await timeUntilScored(ids);
        results[concurrency]!.push(ms);
        console.log(`run ${run + 1}: SCORING_CONCURRENCY=${concurrency}: ${ANSWERS} queued answers scored in ${(ms / 1000).toFixed(2)} s`);
      }
    }
    console.log(`\n${ANSWERS} queued built-in scoring jobs (${ANSWERS / PER_USER} users), median of ${runs} runs, ${os.cpus().length} cores:`);
    for (const [concurrency, values] of Object.entries(results)) {
      const ms = median(values);
      console.log(`  SCORING_CONCURRENCY=${concurrency.padEnd(3)} ${(ms / 1000).toFixed(2)} s  (${((ANSWERS / ms) * 1000).toFixed(0)} answers/s)`);
    }
  } finally {
    await stopQueue();
    await closeDb();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
