/**
 * One simulated candidate of bench:load, doing what a person does over the REST API, from one
 * client address: sign in, start an interview, read it, answer each question after a think time,
 * wait for the score, complete, look at stats and history; then start the next interview, until
 * the phase's deadline. Failed requests are recorded and retried a little later (POSTs with the
 * same Idempotency-Key, as a real client would), never hidden.
 */
import { randomUUID } from "node:crypto";
import { NO_RESPONSE, sleep, type BenchClient, type BenchResponse } from "./bench-http";
import type { PhaseRecorder, TGroup } from "./bench-recorder";
import type { BenchUser } from "./bench-users";

export interface CandidateOptions {
  client: BenchClient;
  recorder: PhaseRecorder;
  user: BenchUser;
  password: string;
  /** No new step starts after this (performance.now()). */
  deadline: number;
  /** Score waits give up here, so a phase always ends. */
  hardDeadline: number;
  startDelayMs: number;
  thinkMs: number;
  questionCount: number;
  longPoll: boolean;
}

const TRACKS = ["software_engineering", "product_management", "behavioral"] as const;
const LEVELS = ["junior", "mid", "senior"] as const;
const OPENINGS = [
  "I would start by clarifying the goal and the constraints with the stakeholders, then agree on how we measure success.",
  "In my last role I faced a similar situation: our checkout latency doubled after a release and customers noticed.",
  "First I would break the problem into the user need, the options we have, and the risks of each option.",
];
const MIDDLES = [
  "I compared two designs, wrote down the trade-offs in cost, latency and maintenance, and picked the simpler one because our team was small.",
  "I gathered data from the dashboards, talked to five users, and prioritised the fixes by impact and effort using a simple matrix.",
  "I set up a small experiment behind a feature flag, measured p95 latency and conversion, and shared the results with the team every week.",
];
const ENDINGS = [
  "The result was a 30% drop in errors within a month, and I learned to involve the on-call team earlier.",
  "We shipped in two weeks; retention improved by 4 points and I would next automate the monitoring we added.",
  "In hindsight I would write the decision record sooner, so the people joining later understand why we chose it.",
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function answerText(): string {
  return `${pick(OPENINGS)} ${pick(MIDDLES)} ${pick(ENDINGS)} (${randomUUID().slice(0, 8)})`;
}

interface Ctx extends CandidateOptions {
  token: string | null;
}

function json<T>(response: BenchResponse): T | null {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    return null;
  }
}

/**
 * How long a client waits before trying again: at least the server's Retry-After (capped at 30 s),
 * else exponential backoff with full jitter (1, 2, 4 s… capped at 8 s), so a thousand clients that
 * failed together do not all come back together and keep an overloaded server overloaded.
 */
function retryDelay(attempt: number, response?: BenchResponse): number {
  const backoff = Math.random() * Math.min(8000, 1000 * 2 ** attempt);
  if (response?.retryAfter === undefined) return backoff;
  return Math.min(30_000, response.retryAfter * 1000) * (1 + Math.random() * 0.5);
}

async function send(ctx: Ctx, group: TGroup, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}, timeoutMs = 30_000): Promise<BenchResponse> {
  const headers: Record<string, string> = { "x-forwarded-for": ctx.user.ip, ...extraHeaders };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  const response = await ctx.client.request({ method, path, headers, body, timeoutMs });
  ctx.recorder.record(group, response.status, response.ms, response.body, response.retryAfter);
  if (response.status === 429 && response.body.includes("QUOTA_EXCEEDED")) ctx.recorder.quotaRefusals += 1;
  return response;
}

/** A step that must succeed to go on: retried (up to 3 tries) while the phase lasts; null when it never did. */
async function step(ctx: Ctx, group: TGroup, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<BenchResponse | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await send(ctx, group, method, path, body, headers);
    if (response.status >= 200 && response.status < 300) return response;
    if (response.status === 401 && group !== "sign-in") await signIn(ctx);
    else if (response.status !== NO_RESPONSE && response.status < 500 && response.status !== 429) return null;
    if (performance.now() > ctx.deadline) return null;
    await sleep(retryDelay(attempt, response));
  }
  return null;
}

async function signIn(ctx: Ctx): Promise<boolean> {
  ctx.token = null;
  const response = await step(ctx, "sign-in", "POST", "/api/v1/auth/token", { email: ctx.user.email, password: ctx.password });
  ctx.token = response ? (json<{ accessToken: string }>(response)?.accessToken ?? null) : null;
  return ctx.token !== null;
}

/** Waits until the answer's status leaves "pending"; records submit → visible. */
async function waitForScore(ctx: Ctx, answerId: string, submittedAt: number): Promise<void> {
  while (performance.now() < ctx.hardDeadline) {
    const path = ctx.longPoll ? `/api/v1/answers/${answerId}?wait=30` : `/api/v1/answers/${answerId}`;
    const response = await send(ctx, "score wait", "GET", path, undefined, {}, ctx.longPoll ? 45_000 : 30_000);
    const status = response.status === 200 ? json<{ answer: { status: string } }>(response)?.answer.status : undefined;
    if (status && status !== "pending") {
      ctx.recorder.visibility.push(performance.now() - submittedAt);
      ctx.recorder.finalStatuses.set(status, (ctx.recorder.finalStatuses.get(status) ?? 0) + 1);
      return;
    }
    if (response.status === 401) await signIn(ctx);
    if (!ctx.longPoll || response.status !== 200) await sleep(1000);
  }
  ctx.recorder.notVisibleInTime += 1;
}

async function oneInterview(ctx: Ctx): Promise<void> {
  const create = await step(ctx, "start", "POST", "/api/v1/interviews", { track: pick(TRACKS), level: pick(LEVELS), questionCount: ctx.questionCount }, { "idempotency-key": randomUUID() });
  const interviewId = create ? json<{ interview: { id: string } }>(create)?.interview.id : undefined;
  if (!interviewId) return;
  const read = await step(ctx, "read", "GET", `/api/v1/interviews/${interviewId}`);
  const questions = read ? (json<{ interview: { questions: Array<{ questionId: string }> } }>(read)?.interview.questions ?? []) : [];
  let answered = 0;
  for (const question of questions) {
    await sleep(ctx.thinkMs * (0.8 + Math.random() * 0.4));
    if (performance.now() > ctx.deadline) return;
    const submittedAt = performance.now();
    const submit = await step(ctx, "submit", "POST", `/api/v1/interviews/${interviewId}/answers`, { questionId: question.questionId, answer: answerText(), timeSpentSeconds: Math.round(ctx.thinkMs / 1000) }, { "idempotency-key": randomUUID() });
    const answerId = submit ? json<{ answer: { id: string } }>(submit)?.answer.id : undefined;
    if (!answerId) continue;
    ctx.recorder.acked.push({ answerId, userId: ctx.user.id });
    answered += 1;
    await waitForScore(ctx, answerId, submittedAt);
  }
  // As a person would: an interview with no answer taken is not completed (the API refuses it with 409).
  if (performance.now() > ctx.deadline || answered === 0) return;
  if (await step(ctx, "complete", "POST", `/api/v1/interviews/${interviewId}/complete`)) ctx.recorder.interviewsCompleted += 1;
  await step(ctx, "stats", "GET", "/api/v1/me/stats");
  await step(ctx, "history", "GET", "/api/v1/interviews?limit=20");
}

export async function runCandidate(options: CandidateOptions): Promise<void> {
  const ctx: Ctx = { ...options, token: null };
  await sleep(options.startDelayMs);
  for (let attempt = 3; performance.now() < ctx.deadline && !(await signIn(ctx)); attempt += 1) await sleep(retryDelay(attempt));
  while (performance.now() < ctx.deadline) {
    await oneInterview(ctx);
    // A failed start (or quota) must not spin: pause a think time before the next interview.
    if (performance.now() < ctx.deadline) await sleep(ctx.thinkMs);
  }
}
