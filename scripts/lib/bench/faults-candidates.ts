/**
 * Candidates ready to answer at a moment the bench chooses: created in the database (bench-users.ts:
 * verified, Premium grant, one client address each), signed in over REST, each with a one-question
 * interview open. `submitAndWait` then submits over REST and long-polls `GET /answers/{id}?wait=30`
 * until the status leaves "pending", timing submit → score visible as a candidate would see it.
 */
import { randomUUID } from "node:crypto";
import type { TDatabase } from "@/db";
import { sleep, type BenchClient, type BenchResponse } from "../bench-http";
import { createBenchUsers, type BenchUser } from "../bench-users";

export interface ReadyCandidate {
  user: BenchUser;
  token: string;
  interviewId: string;
  questionId: string;
}

export interface SubmitOutcome {
  answerId: string | null;
  /** Date.now() when the submit was sent. */
  submittedAt: number;
  /** Date.now() when the answer was first seen out of "pending"; null if never (before the deadline). */
  visibleAt: number | null;
  status: string | null;
  submitStatus: number;
}

function json<T>(response: BenchResponse): T | null {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    return null;
  }
}

const headersFor = (user: BenchUser, token?: string): Record<string, string> => ({ "x-forwarded-for": user.ip, ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** A request retried while the server says "later" (429/503, no answer), up to `tries`. */
async function settled(send: () => Promise<BenchResponse>, tries = 5): Promise<BenchResponse> {
  let response = await send();
  for (let attempt = 1; attempt < tries && (response.status === 0 || response.status === 429 || response.status === 503); attempt += 1) {
    await sleep(Math.min(5_000, (response.retryAfter ?? 1) * 1000));
    response = await send();
  }
  return response;
}

async function prepareOne(client: BenchClient, user: BenchUser, password: string): Promise<ReadyCandidate> {
  const signIn = await settled(() => client.request({ method: "POST", path: "/api/v1/auth/token", headers: headersFor(user), body: { email: user.email, password } }));
  const token = json<{ accessToken: string }>(signIn)?.accessToken;
  if (!token) throw new Error(`sign-in of ${user.email} failed: ${signIn.status} ${signIn.body.slice(0, 160)}`);
  const start = await settled(() =>
    client.request({ method: "POST", path: "/api/v1/interviews", headers: { ...headersFor(user, token), "idempotency-key": randomUUID() }, body: { track: "behavioral", level: "mid", questionCount: 1 } }),
  );
  const interviewId = json<{ interview: { id: string } }>(start)?.interview.id;
  if (!interviewId) throw new Error(`starting an interview failed: ${start.status} ${start.body.slice(0, 160)}`);
  const read = await settled(() => client.request({ path: `/api/v1/interviews/${interviewId}`, headers: headersFor(user, token) }));
  const questionId = json<{ interview: { questions: Array<{ questionId: string }> } }>(read)?.interview.questions[0]?.questionId;
  if (!questionId) throw new Error(`reading the interview failed: ${read.status} ${read.body.slice(0, 160)}`);
  return { user, token, interviewId, questionId };
}

/** Creates `count` candidates and gets each one to an open question, `parallel` at a time (sign-in is an argon2 verify). */
export async function prepareCandidates(options: { db: TDatabase; client: BenchClient; runId: string; label: string; count: number; firstIndex: number; password: string; parallel?: number }): Promise<ReadyCandidate[]> {
  const users = await createBenchUsers(options.db, { runId: options.runId, label: options.label, count: options.count, firstIndex: options.firstIndex, password: options.password });
  const ready: ReadyCandidate[] = [];
  const queue = [...users];
  await Promise.all(
    Array.from({ length: options.parallel ?? 8 }, async () => {
      for (let user = queue.shift(); user; user = queue.shift()) ready.push(await prepareOne(options.client, user, options.password));
    }),
  );
  return ready;
}

const ANSWER =
  "In my last role our release process failed twice in one month. I gathered the incidents, talked to the on-call engineers, and proposed a checklist and a canary stage. I measured the change by the rollback rate, which fell from 12% to 3% in a quarter, and I learned to involve the people who carry the pager before proposing a process.";

export async function submitAndWait(client: BenchClient, candidate: ReadyCandidate, waitUntil: number): Promise<SubmitOutcome> {
  const submittedAt = Date.now();
  const submit = await settled(() =>
    client.request({
      method: "POST",
      path: `/api/v1/interviews/${candidate.interviewId}/answers`,
      headers: { ...headersFor(candidate.user, candidate.token), "idempotency-key": `faults-${candidate.user.id}` },
      body: { questionId: candidate.questionId, answer: `${ANSWER} (${randomUUID().slice(0, 8)})`, timeSpentSeconds: 60 },
    }),
  );
  const answer = json<{ answer: { id: string; status: string } }>(submit)?.answer;
  if (!answer) return { answerId: null, submittedAt, visibleAt: null, status: null, submitStatus: submit.status };
  let status = answer.status;
  while (status === "pending" && Date.now() < waitUntil) {
    const wait = Math.max(1, Math.min(30, Math.floor((waitUntil - Date.now()) / 1000)));
    const read = await client.request({ path: `/api/v1/answers/${answer.id}?wait=${wait}`, headers: headersFor(candidate.user, candidate.token), timeoutMs: (wait + 15) * 1000 });
    const now = json<{ answer: { status: string } }>(read)?.answer.status;
    if (now) status = now;
    else await sleep(1000);
  }
  return { answerId: answer.id, submittedAt, visibleAt: status === "pending" ? null : Date.now(), status, submitStatus: submit.status };
}
