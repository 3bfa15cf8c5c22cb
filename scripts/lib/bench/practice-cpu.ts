/**
 * bench:api's practice-loop section: the server CPU per request of each step of the practice loop
 * (the requests bench:load's candidates send), one step at a time, so each step's cost can be read
 * on its own. Req/s of a shared machine swings with the other work on it; CPU per request hardly
 * does (docs/performance.md). Candidates are written into the database as bench:load does; each
 * step runs for every candidate (a few in flight), and the app's process tree CPU (PostgreSQL
 * apart, reported on its own) is read before and after. Submits are measured once when their
 * responses are in and once when the built-in scoring of those answers has finished too.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answers } from "@/db/schema";
import { BenchClient, sleep, type BenchResponse } from "../bench-http";
import { benchPassword, createBenchUsers, type BenchUser } from "../bench-users";
import { processTreeCpuSeconds } from "../bench-cpu";

export interface TPracticeStepResult {
  step: string;
  requests: number;
  failed: number;
  /** App process tree CPU (web process and its in-process job worker), ms per request. */
  appCpuMs: number;
  /** PostgreSQL's CPU, ms per request. */
  postgresCpuMs: number;
  /** SQL statements per request (bench:api --statements), the bench's own few included. */
  statements?: number;
  /** How long the step took; the app's idle CPU (its job worker polling) over that time is in appCpuMs too. */
  seconds: number;
}

interface TCandidateState {
  user: BenchUser;
  token?: string;
  interviewId?: string;
  questionIds: string[];
  answerIds: string[];
}

const ANSWER =
  "I would start by clarifying the goal and the constraints, compare two designs by cost, latency and maintenance, " +
  "ship the simpler one behind a flag, measure p95 latency and conversion, and share what I learned with the team.";

function parse<T>(response: BenchResponse): T | undefined {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    return undefined;
  }
}

/** Runs `work` for every item, `inFlight` at a time. */
async function eachLimited<T>(items: T[], inFlight: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function measurePracticeLoopCpu(options: {
  client: BenchClient;
  db: TDatabase;
  appPid: number;
  /** The process PostgreSQL runs under (its backends are its children). */
  postgresRootPid: number;
  candidates: number;
  inFlight: number;
  /** Statements PostgreSQL has run so far, when it logs them. */
  statements?: () => number;
}): Promise<TPracticeStepResult[]> {
  const password = benchPassword();
  const users = await createBenchUsers(options.db, { runId: randomUUID().slice(0, 8), label: "practice", count: options.candidates, firstIndex: 0, password });
  const states: TCandidateState[] = users.map((user) => ({ user, questionIds: [], answerIds: [] }));
  const results: TPracticeStepResult[] = [];
  const postgresSeconds = () => processTreeCpuSeconds(options.postgresRootPid, { only: "postgres" });

  const send = async (state: TCandidateState, method: string, path: string, body?: unknown): Promise<BenchResponse> => {
    const headers: Record<string, string> = { "x-forwarded-for": state.user.ip };
    if (state.token) headers.authorization = `Bearer ${state.token}`;
    if (method === "POST" && !path.endsWith("/complete") && !path.endsWith("/token")) headers["idempotency-key"] = randomUUID();
    return options.client.request({ method, path, headers, body, timeoutMs: 60_000 });
  };

  /** Runs one step for every candidate (or every item it returns) and records its CPU per request. */
  const measure = async <T>(step: string, items: T[], request: (item: T) => Promise<BenchResponse | boolean>, settle?: () => Promise<void>) => {
    const appBefore = processTreeCpuSeconds(options.appPid);
    const started = performance.now();
    const postgresBefore = postgresSeconds();
    const statementsBefore = options.statements?.();
    let failed = 0;
    await eachLimited(items, options.inFlight, async (item) => {
      const outcome = await request(item);
      const ok = typeof outcome === "boolean" ? outcome : outcome.status >= 200 && outcome.status < 300;
      if (!ok) failed += 1;
    });
    const record = (name: string) =>
      results.push({
        step: name,
        requests: items.length,
        failed,
        appCpuMs: ((processTreeCpuSeconds(options.appPid) - appBefore) * 1000) / Math.max(1, items.length),
        postgresCpuMs: ((postgresSeconds() - postgresBefore) * 1000) / Math.max(1, items.length),
        seconds: (performance.now() - started) / 1000,
        ...(statementsBefore === undefined ? {} : { statements: (options.statements!() - statementsBefore) / Math.max(1, items.length) }),
      });
    record(step);
    if (settle) {
      await settle();
      record(`${step} + its scoring`);
    }
  };

  await measure("sign-in (POST /auth/token)", states, async (state) => {
    const response = await send(state, "POST", "/api/v1/auth/token", { email: state.user.email, password });
    state.token = parse<{ accessToken: string }>(response)?.accessToken;
    return response;
  });
  await measure("start (POST /interviews)", states, async (state) => {
    const response = await send(state, "POST", "/api/v1/interviews", { track: "software_engineering", level: "mid", questionCount: 3 });
    state.interviewId = parse<{ interview: { id: string } }>(response)?.interview.id;
    return response;
  });
  await measure("read (GET /interviews/{id})", states, async (state) => {
    const response = await send(state, "GET", `/api/v1/interviews/${state.interviewId}`);
    state.questionIds = parse<{ interview: { questions: Array<{ questionId: string }> } }>(response)?.interview.questions.map((question) => question.questionId) ?? [];
    return response;
  });
  const submits = states.flatMap((state) => state.questionIds.map((questionId) => ({ state, questionId })));
  const drained = async () => {
    for (let waited = 0; waited < 120_000; waited += 200) {
      const [row] = await options.db.select({ pending: count() }).from(answers).where(eq(answers.status, "pending"));
      if (!row?.pending) return;
      await sleep(200);
    }
  };
  await measure("submit (POST /interviews/{id}/answers)", submits, async ({ state, questionId }) => {
    const response = await send(state, "POST", `/api/v1/interviews/${state.interviewId}/answers`, { questionId, answer: ANSWER, timeSpentSeconds: 60 });
    const answerId = parse<{ answer: { id: string } }>(response)?.answer.id;
    if (answerId) state.answerIds.push(answerId);
    return response;
  }, drained);
  const scored = states.flatMap((state) => state.answerIds.map((answerId) => ({ state, answerId })));
  await measure("score wait (GET /answers/{id}?wait=30, scored)", scored, ({ state, answerId }) => send(state, "GET", `/api/v1/answers/${answerId}?wait=30`));
  await measure("complete (POST /interviews/{id}/complete)", states, (state) => send(state, "POST", `/api/v1/interviews/${state.interviewId}/complete`));
  await measure("stats (GET /me/stats)", states, (state) => send(state, "GET", "/api/v1/me/stats"));
  await measure("history (GET /interviews?limit=20)", states, (state) => send(state, "GET", "/api/v1/interviews?limit=20"));
  return results;
}

/** The app's CPU while nobody calls it (the in-process job worker polling its queues), ms per second. */
export async function idleCpuMsPerSecond(appPid: number, seconds = 5): Promise<number> {
  const before = processTreeCpuSeconds(appPid);
  await sleep(seconds * 1000);
  return ((processTreeCpuSeconds(appPid) - before) * 1000) / seconds;
}

export function practiceTable(results: TPracticeStepResult[]): string {
  const counted = results.some((result) => result.statements !== undefined);
  const lines = [
    `| step | requests | seconds | failed | app CPU ms / request | PostgreSQL CPU ms / request |${counted ? " SQL statements / request |" : ""}`,
    `|---|---:|---:|---:|---:|---:|${counted ? "---:|" : ""}`,
  ];
  for (const result of results) {
    const statements = counted ? ` ${result.statements?.toFixed(1) ?? "–"} |` : "";
    lines.push(`| ${result.step} | ${result.requests} | ${result.seconds.toFixed(1)} | ${result.failed} | ${result.appCpuMs.toFixed(2)} | ${result.postgresCpuMs.toFixed(2)} |${statements}`);
  }
  return lines.join("\n");
}
