/**
 * api-v1.md: POST /interviews takes `jobTargetId?`. The contract schema lacked it, so the field was
 * dropped without a word and an ordinary interview used the quota (found in a hostile pass, which
 * also sent another user's job target id: it started an interview too). Now it starts the job's
 * tailored interview, as POST /job-targets/{id}/interviews does, and another user's target is a 404.
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { interviews } from "@/db/schema";
import { failure } from "@/test/helpers/app-error";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const GO_JOB = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/backend-senior-go.txt"), "utf8");

async function interviewCount(userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(interviews).where(eq(interviews.userId, userId));
  return row?.n ?? 0;
}

describe("POST /interviews with a jobTargetId", () => {
  it("starts the job's tailored interview; another user's or an unknown target is a 404 that uses no quota", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });

    const { interview } = await caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 2, jobTargetId: jobTarget.id });
    expect(interview.questions).toHaveLength(2);
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

  it("a malformed jobTargetId is a 400 naming it", async () => {
    const { caller } = await verifiedTestUser(db, "start-for-job-bad");
    const error = await failure(caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1, jobTargetId: "not-a-uuid" }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.fields).toHaveProperty("jobTargetId");
  });
});
