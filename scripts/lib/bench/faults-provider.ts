/**
 * bench:faults scenario 3, with the job worker configured for an OpenAI-compatible provider that
 * answers every call with 200 and the start of a body, then stalls (test/scoring-fake-openai.ts's
 * "stall-body"). (a) N answers submitted at once: each must be visible within AI_TIMEOUT_MS plus the
 * fallback to the built-in analyzer. (b) More answers submitted; while the worker holds their jobs
 * (pg-boss state "active", each waiting on the stalled provider) its worker process is SIGKILLed:
 * every answer it held must be scored within 60 s of the kill.
 */
import type postgres from "postgres";
import { sleep, type BenchClient } from "../bench-http";
import type { WorkerKeeper } from "../bench-worker";
import type { ReadyCandidate, SubmitOutcome } from "./faults-candidates";
import { judge, submitAll } from "./faults-submits";
import { allWithin, FALLBACK_ALLOWANCE_MS, seconds, WORKER_KILL_MS, type TargetResult } from "./faults-verdicts";

export interface ProviderOptions {
  client: BenchClient;
  sql: postgres.Sql;
  stalled: readonly ReadyCandidate[];
  killed: readonly ReadyCandidate[];
  aiTimeoutMs: number;
  /** The worker running with the stalled provider; its worker process gets SIGKILLed. */
  worker: WorkerKeeper;
  /** How many calls reached the fake provider so far. */
  providerCalls(): number;
  say(line: string): void;
}

async function provisionalCount(sql: postgres.Sql, outcomes: readonly SubmitOutcome[]): Promise<string> {
  const ids = outcomes.flatMap((outcome) => (outcome.answerId ? [outcome.answerId] : []));
  const [row] = await sql<Array<{ provisional: number; builtin: number }>>`
    select count(*) filter (where provisional)::int as provisional, count(*) filter (where provider = 'builtin')::int as builtin
    from scores where answer_id = any(${ids}::uuid[])`;
  return `${row?.builtin ?? 0} built-in scores (${row?.provisional ?? 0} marked provisional)`;
}

/** Answer ids of score-answer jobs a worker is running right now. */
async function activeScoringJobs(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<Array<{ id: string }>>`select data->>'answerId' as id from pgboss.job where name = 'score-answer' and state = 'active'`;
  return rows.map((row) => row.id);
}

async function stalledProvider(options: ProviderOptions): Promise<TargetResult> {
  const limit = options.aiTimeoutMs + FALLBACK_ALLOWANCE_MS;
  const callsBefore = options.providerCalls();
  const outcomes = await submitAll(options.client, options.stalled, 120_000);
  const extra = `${options.providerCalls() - callsBefore} calls reached the provider; ${await provisionalCount(options.sql, outcomes)}`;
  return judge("provider", `stalled provider (headers, then no body): ${options.stalled.length} answers at once, each scored within AI_TIMEOUT_MS ${seconds(options.aiTimeoutMs)} + ${seconds(FALLBACK_ALLOWANCE_MS)} fallback`, outcomes, limit, extra);
}

async function killMidJob(options: ProviderOptions): Promise<TargetResult> {
  // A fresh worker process first, as after a deploy: the worker of (a) has learnt that the provider
  // stalls (its health window, per process, is open) and would score these answers at once, holding
  // no job to kill. The new one takes them and waits on the stalled provider, the state a kill mid-job needs.
  await options.worker.restart();
  options.say("  worker restarted (a fresh process, its provider health window closed)");
  const pending = submitAll(options.client, options.killed, 150_000);
  // Until the worker has taken jobs (each then waits on the stalled provider), at most 10 s.
  let held: string[] = [];
  for (const until = Date.now() + 10_000; Date.now() < until && held.length < Math.min(4, options.killed.length); ) {
    await sleep(250);
    held = await activeScoringJobs(options.sql);
  }
  await sleep(1000);
  held = await activeScoringJobs(options.sql);
  const killedAt = Date.now();
  const how = await options.worker.killAndRestart();
  options.say(`  ${how} ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill; it held ${held.length} scoring jobs`);
  const outcomes = await pending;
  const heldOutcomes = outcomes.filter((outcome) => outcome.answerId !== null && held.includes(outcome.answerId));
  const sinceKill = heldOutcomes.flatMap((outcome) => (outcome.visibleAt === null ? [] : [outcome.visibleAt - killedAt]));
  return allWithin({
    scenario: "provider",
    target: `worker process SIGKILLed while it held scoring jobs (stalled provider): each held answer scored within ${seconds(WORKER_KILL_MS)} of the kill`,
    submitted: heldOutcomes.length,
    visibleMs: sinceKill,
    limitMs: WORKER_KILL_MS,
    extra: `times from the kill; ${outcomes.length} answers submitted, ${held.length} held by the killed worker`,
  });
}

export async function runStalledProvider(options: ProviderOptions): Promise<TargetResult[]> {
  return [await stalledProvider(options), await killMidJob(options)];
}
