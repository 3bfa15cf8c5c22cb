/**
 * DELETE /me while the account's answers are being submitted and scored (QA: the delete or a submit
 * answered 500, the scoring job failed with a deadlock or a foreign-key violation and was retried).
 * Each round races one deletion against answer submits over REST and the scoring job of every
 * answer, run as the worker runs it; the deletion must win cleanly and leave nothing behind.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { answers, idempotencyKeys, interviewQuestions, interviews, scores, users } from "@/db/schema";
import { closeDb } from "@/server/db";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { jobHandlers } from "@/server/worker/job-handlers";
import { connectTestDb } from "@/test/helpers/db";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { verifiedTestUser } from "@/test/helpers/caller";

const db = connectTestDb();
afterAll(() => closeDb());

const rest = withRequest(handleRestRequest);
const API = "http://localhost:3999/api/v1";
const ROUNDS = 12;
const SUBMITS = 7;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * When a submit starts: the deletion checks the password (a slow hash) before its transaction, so
 * submits spread over that time, differently each round, land before, during and after its locks.
 */
const spread = (round: number, index: number) => ((round * 3 + index * 5) % 12) * 25;

function scoreJob(answerId: string): Promise<string> {
  return jobHandlers()["score-answer"].run({ answerId }, { jobId: `race-${answerId}`, attempt: 1, maxAttempts: 4 }).then(
    () => "finished",
    (error: unknown) => `failed: ${rootCode(error)}`,
  );
}

/** The SQLSTATE (or message) at the bottom of an error's cause chain: what the worker would have logged. */
function rootCode(error: unknown): string {
  let current: unknown = error;
  while (typeof current === "object" && current !== null && (current as { cause?: unknown }).cause) current = (current as { cause: unknown }).cause;
  const code = (current as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : String((current as { message?: unknown } | null)?.message ?? current);
}

async function round(n: number) {
  const actor = await verifiedTestUser(db, `delete-race-${n}`);
  const { accessToken } = await issueTokenPair(db, actor.user);
  const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/json" };
  const { interview } = await actor.caller.interviews.create({ track: "software_engineering", level: "junior", questionCount: 3 });
  // Answers already waiting for their score when the deletion starts.
  const queued = await Promise.all(
    interview.questions.map((question, index) => actor.caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: `Queued answer ${index}: measure, then cache the hot path.` })),
  );
  const jobs: Promise<string>[] = queued.map((submitted) => scoreJob(submitted.answer.id));
  const submittedIds: string[] = queued.map((submitted) => submitted.answer.id);

  const submit = (index: number) =>
    delay(spread(n, index)).then(() => rest(
      new Request(`${API}/interviews/${interview.id}/answers`, {
        method: "POST",
        // Half with an Idempotency-Key: its row (which references the user) is written before the question is locked.
        headers: index % 2 === 0 ? { ...headers, "idempotency-key": `race-${n}-${index}` } : headers,
        body: JSON.stringify({ questionId: interview.questions[index % 3]!.questionId, answer: `Racing answer ${index}: I would profile first and index the join.` }),
      }),
    ).then(async (response) => {
      const body = (await response.json()) as { id?: string; answer?: { id: string }; error?: { code: string } };
      const answerId = body.answer?.id ?? body.id;
      // The worker picks a new answer up at once: its scoring races the deletion too.
      if (response.status < 300 && answerId) {
        submittedIds.push(answerId);
        jobs.push(scoreJob(answerId));
      }
      return { status: response.status, code: body.error?.code };
    }));
  const deletion = rest(new Request(`${API}/me`, { method: "DELETE", headers, body: JSON.stringify({ password: actor.password }) })).then(async (response) => ({
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: response.status === 204 ? null : await response.text(),
  }));
  const [deleted, ...submits] = await Promise.all([deletion, ...Array.from({ length: SUBMITS }, (_, index) => submit(index))]);
  const jobOutcomes = await Promise.all(jobs);

  const interviewIds = [interview.id];
  const left = {
    users: (await db.select({ id: users.id }).from(users).where(eq(users.id, actor.user.id))).length,
    interviews: (await db.select({ id: interviews.id }).from(interviews).where(eq(interviews.userId, actor.user.id))).length,
    items: (await db.select({ id: interviewQuestions.id }).from(interviewQuestions).where(inArray(interviewQuestions.interviewId, interviewIds))).length,
    answers: (await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).length,
    scores: (await db.select({ id: scores.id }).from(scores).where(inArray(scores.answerId, submittedIds))).length,
    idempotencyKeys: (await db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(eq(idempotencyKeys.userId, actor.user.id))).length,
  };
  return { deleted, submits, jobOutcomes, left };
}

describe("deleting an account while its answers are submitted and scored", () => {
  it(`${ROUNDS} rounds: every delete succeeds, no submit or scoring job fails, nothing of the account is left`, async () => {
    const problems: string[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const { deleted, submits, jobOutcomes, left } = await round(n);
      // 503 with Retry-After would be a typed "try again"; anything else is a failed delete.
      if (deleted.status !== 204 && !(deleted.status === 503 && deleted.retryAfter)) problems.push(`round ${n}: delete answered ${deleted.status} ${deleted.body}`);
      for (const submit of submits) {
        if (submit.status >= 500 || submit.code === "INTERNAL") problems.push(`round ${n}: a submit answered ${submit.status} ${submit.code}`);
        else if (submit.status >= 300 && ![401, 404].includes(submit.status)) problems.push(`round ${n}: a submit answered ${submit.status} ${submit.code}`);
      }
      for (const outcome of jobOutcomes) if (outcome !== "finished") problems.push(`round ${n}: a scoring job ${outcome}`);
      if (deleted.status === 204 && Object.values(left).some((count) => count > 0)) problems.push(`round ${n}: rows left ${JSON.stringify(left)}`);
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
