/**
 * api-v1.md: POST /interviews takes `jobTargetId?`. The contract schema lacked it, so the field was
 * dropped without a word and an ordinary interview used the quota (found in a hostile pass, which
 * also sent another user's job target id: it started an interview too). Now it starts the job's
 * tailored interview, as POST /job-targets/{id}/interviews does, and another user's target is a 404.
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { interviewQuestions, interviews, jobInterviewItems, questions } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { stopRealtime } from "@/server/realtime/hub";
import { failure } from "@/test/helpers/app-error";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999/api/v1";

afterAll(() => stopRealtime());
const GO_JOB = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/backend-senior-go.txt"), "utf8");

async function interviewCount(userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(interviews).where(eq(interviews.userId, userId));
  return row?.n ?? 0;
}

describe("POST /interviews with a jobTargetId", () => {
  it("starts the job's tailored interview; another user's or an unknown target is a 404 that uses no quota", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });

    const { interview } = await caller.interviews.create({ questionCount: 2, jobTargetId: jobTarget.id });
    expect(interview.questions).toHaveLength(2);
    expect(interview.level).toBe("senior");
    const { coverage } = await caller.jobTargets.coverage({ interviewId: interview.id });
    expect(coverage).not.toBeNull();
    expect((await caller.jobTargets.interviews({ id: jobTarget.id })).interviews.map((item) => item.id)).toContain(interview.id);

    const other = await verifiedTestUser(db, "start-for-job-other");
    for (const jobTargetId of [jobTarget.id, crypto.randomUUID()]) {
      const error = await failure(other.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1, jobTargetId }));
      expect(error.status).toBe(404);
    }
    expect(await interviewCount(other.user.id)).toBe(0);
  });

  it("answers with coverage, as POST /job-targets/{id}/interviews does, on a first start and on a replay", async () => {
    const { user, caller } = await verifiedTestUser(db, "start-for-job-coverage");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/json", "idempotency-key": crypto.randomUUID() };
    const post = () => handle(new Request(`${BASE}/interviews`, { method: "POST", headers, body: JSON.stringify({ questionCount: 2, jobTargetId: jobTarget.id }) }));
    const started = await post();
    expect(started.status).toBe(201);
    const body = (await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }>; coverage: Array<{ requirementId: string | null; questionId: string }> | null } };
    expect(body.interview.coverage?.map((item) => item.questionId)).toEqual(body.interview.questions.map((q) => q.questionId));
    // The requirement each question was picked for, as the job interview stored it.
    const items = await db.select().from(jobInterviewItems).where(eq(jobInterviewItems.interviewId, body.interview.id));
    const requirementOf = new Map(items.map((item) => [item.interviewQuestionId, item.requirementId]));
    const asked = await db.select().from(interviewQuestions).where(eq(interviewQuestions.interviewId, body.interview.id));
    expect(new Set(body.interview.coverage!.map((item) => `${item.questionId}:${item.requirementId}`))).toEqual(new Set(asked.map((row) => `${row.questionId}:${requirementOf.get(row.id) ?? null}`)));
    expect(body.interview.coverage!.some((item) => item.requirementId !== null)).toBe(true);

    const replay = await post();
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(((await replay.json()) as typeof body).interview.coverage).toEqual(body.interview.coverage);
    // An ordinary start has none.
    const { interview: ordinary } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(ordinary).not.toHaveProperty("coverage");
  });

  it("refuses questionIds with a jobTargetId (a job target chooses its questions), with a 400 naming it and no quota used", async () => {
    const { user, caller } = await verifiedTestUser(db, "start-for-job-ids");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const error = await failure(caller.interviews.create({ questionCount: 1, jobTargetId: jobTarget.id, questionIds: [crypto.randomUUID()] }));
    expect(error.status).toBe(400);
    expect(error.details?.fields).toEqual({ questionIds: "questionIds cannot be combined with jobTargetId: a job target chooses its questions" });
    const { accessToken } = await issueTokenPair(db, user);
    const rest = await handle(
      new Request(`${BASE}/interviews`, {
        method: "POST",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
        body: JSON.stringify({ track: "software_engineering", level: "senior", questionCount: 1, jobTargetId: jobTarget.id, questionIds: [] }),
      }),
    );
    expect(rest.status).toBe(400);
    expect(((await rest.json()) as { error: { message: string } }).error.message).toContain("questionIds cannot be combined with jobTargetId");
    expect(await interviewCount(user.id)).toBe(0);
  });

  it("refuses focusTags with a jobTargetId (its requirements are the focus), naming the field; no quota used", async () => {
    const { user, caller } = await verifiedTestUser(db, "start-for-job-tags");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const error = await failure(caller.interviews.create({ questionCount: 1, jobTargetId: jobTarget.id, focusTags: ["sql"] }));
    expect(error.status).toBe(400);
    expect(error.details?.fields).toEqual({ focusTags: "focusTags cannot be combined with jobTargetId: the job target's requirements are its focus" });
    expect(await interviewCount(user.id)).toBe(0);
  });

  it("a job interview is in the language sent, else the request's (Accept-Language) when none is saved, on both start routes", async () => {
    const { user, caller } = await verifiedTestUser(db, "start-for-job-language");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/json", "accept-language": "ru-RU,ru;q=0.9" };
    // Before: both were English, the saved language (none) or nothing.
    const sent = await handle(new Request(`${BASE}/interviews`, { method: "POST", headers, body: JSON.stringify({ questionCount: 1, jobTargetId: jobTarget.id, language: "ko" }) }));
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { interview: { language: string } }).interview.language).toBe("ko");
    const viaJob = await handle(new Request(`${BASE}/job-targets/${jobTarget.id}/interviews`, { method: "POST", headers, body: JSON.stringify({ questionCount: 1 }) }));
    expect(viaJob.status).toBe(201);
    expect(((await viaJob.json()) as { interview: { language: string } }).interview.language).toBe("ru");
  });

  it("a tie between tracks goes to the track the job's requirements name first, not the first question's", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job-tie");
    // The README's example: one requirement naming both engineering and mentoring.
    const description = "We need a backend engineer who knows PostgreSQL, APIs and caching, and can mentor juniors.";
    const { jobTarget } = await caller.jobTargets.create({ title: "Backend engineer", level: "mid", description });
    const { interview } = await caller.interviews.create({ questionCount: 2, jobTargetId: jobTarget.id });
    const asked = await db.select({ track: questions.track }).from(interviewQuestions).innerJoin(questions, eq(questions.id, interviewQuestions.questionId)).where(eq(interviewQuestions.interviewId, interview.id));
    const tracks = new Set(asked.map((question) => question.track));
    expect(tracks.size, "one question from each track: a tie").toBe(2);
    expect(interview.track).toBe("software_engineering");
  });

  it("a track or level sent with a jobTargetId must be the job target's: else a 400 naming it and no quota used", async () => {
    const { user, caller } = await verifiedTestUser(db, "start-for-job-agree");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const level = await failure(caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 2, jobTargetId: jobTarget.id }));
    expect(level.status).toBe(400);
    expect(level.details?.fields).toHaveProperty("level");
    expect(level.message).toContain("senior");
    // The track is the one most of the picked questions come from: another one is refused.
    const { interview } = await caller.interviews.create({ level: "senior", questionCount: 2, jobTargetId: jobTarget.id });
    const other = interview.track === "behavioral" ? "product_management" : "behavioral";
    const track = await failure(caller.interviews.create({ track: other, level: "senior", questionCount: 2, jobTargetId: jobTarget.id }));
    expect(track.status).toBe(400);
    expect(track.details?.fields).toHaveProperty("track");
    expect(await interviewCount(user.id)).toBe(1);
  });

  it("without a jobTargetId, track and level are required as before", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job-plain");
    const error = await failure(caller.interviews.create({ level: "mid", questionCount: 1 }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details?.fields ?? {})).toEqual(["track"]);
  });

  it("a malformed jobTargetId is a 400 naming it", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job-bad");
    const error = await failure(caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1, jobTargetId: "not-a-uuid" }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.fields).toHaveProperty("jobTargetId");
  });
});

describe("POST /job-targets/{id}/interviews and DELETE /job-targets/{id} over REST, as api-v1.md has them", () => {
  it("answers 201 {interview} with coverage of requirement and question, and deletes with 204", async () => {
    const { user } = await verifiedTestUser(db, "job-rest");
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/json" };
    const created = await handle(new Request(`${BASE}/job-targets`, { method: "POST", headers, body: JSON.stringify({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB }) }));
    expect(created.status).toBe(201);
    const { jobTarget } = (await created.json()) as { jobTarget: { id: string } };

    const started = await handle(new Request(`${BASE}/job-targets/${jobTarget.id}/interviews`, { method: "POST", headers, body: JSON.stringify({ questionCount: 2 }) }));
    expect(started.status).toBe(201);
    const body = (await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }>; coverage: Array<{ requirementId: string | null; questionId: string }> } };
    expect(body.interview.questions).toHaveLength(2);
    expect(body.interview.coverage.map((item) => item.questionId)).toEqual(body.interview.questions.map((q) => q.questionId));
    expect(body.interview.coverage.some((item) => item.requirementId !== null)).toBe(true);

    const deleted = await handle(new Request(`${BASE}/job-targets/${jobTarget.id}`, { method: "DELETE", headers: { authorization: headers.authorization } }));
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    const gone = await handle(new Request(`${BASE}/job-targets/${jobTarget.id}`, { headers }));
    expect(gone.status).toBe(404);
  });
});
