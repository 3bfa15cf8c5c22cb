/**
 * `npm run bench:progress`: the progress dashboard of a heavy candidate must get its data in under
 * 200 ms of server time. Creates a candidate with 2,000 scored answers over 60 days (plus 30 other
 * candidates at the same level, so the percentile query has a population), then times stats,
 * progress and the review queue — each alone and all three in parallel as the page asks for
 * them — over 20 runs after a warm-up, and prints the median and p95. Runs on DATABASE_URL, else
 * on a fresh embedded PostgreSQL in .data-bench (never your dev data); removes its users afterwards.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { createDb, type TDatabase } from "@/db";
import { interviews, questions, users } from "@/db/schema";
import { insertPracticeHistory, type TPracticeAnswer, type TPracticeInterview } from "@/db/seed/practice-history";
import { getProgress } from "@/server/analytics/progress";
import { getReviewQueue } from "@/server/analytics/review-queue";
import { getStats } from "@/server/analytics/stats";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

/** The benchmark's knobs: the heavy candidate's history, the peer population, and how it times. */
const BENCH = { answers: 2000, days: 60, runs: 20, warmUp: 3, targetMs: 200, otherCandidates: 30 } as const;
const EMAIL_DOMAIN = "bench-progress.invalid";
const DAY_MS = 24 * 60 * 60 * 1000;
const BENCH_DATA_DIR = path.resolve(".data-bench");

/** A seeded generator, so every run benchmarks the same data. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function createBenchUser(db: TDatabase, label: string): Promise<string> {
  const [row] = await db.insert(users).values({ email: `${label}-${randomUUID()}@${EMAIL_DOMAIN}`, name: `Bench ${label}`, emailVerified: new Date() }).returning({ id: users.id });
  return row!.id;
}

/**
 * Two tracks, ~33 answers a day, some retries and follow-ups, skills slowly improving: junior level
 * for the first third (weak answers never revisited, so the review queue has due items), then mid.
 */
async function heavyHistory(db: TDatabase): Promise<TPracticeInterview[]> {
  const random = mulberry32(42);
  const pools = new Map<string, string[]>();
  for (const track of ["product_management", "software_engineering"] as const) {
    for (const level of ["junior", "mid"] as const) {
      const rows = await db.select({ id: questions.id }).from(questions).where(and(eq(questions.track, track), eq(questions.level, level), eq(questions.active, true)));
      pools.set(`${track}:${level}`, rows.map((row) => row.id));
    }
  }
  const start = Date.now() - BENCH.days * DAY_MS;
  const history: TPracticeInterview[] = [];
  let answers = 0;
  for (let index = 0; answers < BENCH.answers; index++) {
    const track: TTrack = random() < 0.6 ? "product_management" : "software_engineering";
    const startedAt = new Date(start + (answers / BENCH.answers) * BENCH.days * DAY_MS + random() * 3_600_000);
    const level = answers < BENCH.answers / 3 ? "junior" : "mid";
    const pool = [...pools.get(`${track}:${level}`)!].sort(() => random() - 0.5).slice(0, 5);
    const progress = answers / BENCH.answers;
    const list: TPracticeAnswer[] = [];
    let minute = 0;
    for (const questionId of pool) {
      const tries = random() < 0.2 ? 2 : 1;
      for (let attempt = 0; attempt < tries && answers + list.length < BENCH.answers; attempt++) {
        const scores = Object.fromEntries(
          getRubric(track).dimensions.map((dimension, d) => [dimension.key, Math.round((3 + d * 0.4 + progress * 4 + (random() - 0.5) * 4) * 2) / 2]),
        );
        list.push({ questionId, at: new Date(startedAt.getTime() + (minute += 3) * 60_000), scores });
        if (random() < 0.25 && answers + list.length < BENCH.answers) {
          list.push({ questionId, at: new Date(startedAt.getTime() + (minute += 2) * 60_000), scores, kind: "follow_up" });
        }
      }
    }
    answers += list.length;
    history.push({ track, level, startedAt, completed: random() < 0.8, answers: list });
  }
  return history;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

runLauncher(async () => {
  const env = loadEnvOrExit();
  // A fresh embedded cluster every run: the same data each time, and no clash with a regenerated init migration.
  if (!env.DATABASE_URL) fs.rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
  const database = await prepareDatabase({ ...env, DATA_DIR: BENCH_DATA_DIR });
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url);
  const { db, sql: client } = createDb(database.url, { max: 10 });
  onShutdown(() => client.end({ timeout: 5 }));
  // Leftovers of an interrupted run would skew the population.
  await db.delete(users).where(like(users.email, `%@${EMAIL_DOMAIN}`));

  const seeding = performance.now();
  const userId = await createBenchUser(db, "heavy");
  const history = await heavyHistory(db);
  await insertPracticeHistory(db, userId, history);
  const others = await Promise.all(Array.from({ length: BENCH.otherCandidates }, (_, index) => createBenchUser(db, `peer${index}`)));
  await db.insert(interviews).values(
    others.flatMap((peer, index) =>
      [0, 1, 2].map((n) => ({ userId: peer, track: "product_management" as const, level: "mid" as const, questionCount: 5, status: "completed" as const, overallScore: 30 + ((index * 7 + n * 11) % 60), completedAt: new Date() })),
    ),
  );
  // Fresh rows have neither statistics nor a visibility map until autovacuum runs; 60 days of real data would.
  for (const table of ["answers", "scores", "interviews", "interview_questions", "users"]) await db.execute(sql.raw(`vacuum analyze ${table}`));
  const [counts] = await db.execute<{ answers: number; scores: number; interviews: number }>(
    sql`select (select count(*) from answers where user_id = ${userId})::int as answers,
               (select count(*) from scores s join answers a on a.id = s.answer_id where a.user_id = ${userId})::int as scores,
               (select count(*) from interviews where user_id = ${userId})::int as interviews`,
  );
  say(`Seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s: ${counts?.answers} answers, ${counts?.scores} scores, ${counts?.interviews} interviews over ${BENCH.days} days; ${BENCH.otherCandidates} peers`);

  const work = {
    stats: () => getStats(db, userId),
    progress: () => getProgress(db, userId),
    reviewQueue: () => getReviewQueue(db, userId),
    "dashboard (all 3 in parallel)": () => Promise.all([getStats(db, userId), getProgress(db, userId), getReviewQueue(db, userId)]),
  };
  const lines: string[] = [];
  let dashboardP95 = 0;
  for (const [name, fn] of Object.entries(work)) {
    for (let run = 0; run < BENCH.warmUp; run++) await fn();
    const samples: number[] = [];
    for (let run = 0; run < BENCH.runs; run++) samples.push(await time(fn));
    samples.sort((a, b) => a - b);
    const p95 = percentile(samples, 95);
    if (name.startsWith("dashboard")) dashboardP95 = p95;
    lines.push(`  ${name.padEnd(30)} median ${percentile(samples, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`);
  }
  const sample = await getProgress(db, userId);
  const queue = await getReviewQueue(db, userId);
  console.log(`progress benchmark: ${BENCH.runs} runs after ${BENCH.warmUp} warm-ups`);
  console.log(lines.join("\n"));
  console.log(`  (check: ${sample.series.length} days in the series, ${sample.skills.length} skills, ${sample.gaps.length} gaps, percentile ${sample.percentile}, ${queue.dueCount} reviews due)`);
  console.log(`Dashboard p95 ${dashboardP95.toFixed(1)} ms (target < ${BENCH.targetMs} ms): ${dashboardP95 < BENCH.targetMs ? "OK" : "TOO SLOW"}`);

  await db.delete(users).where(inArray(users.id, [userId, ...others]));
  return "exit";
});
