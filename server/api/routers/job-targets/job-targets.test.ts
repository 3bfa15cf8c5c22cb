/**
 * The jobTargets router through createCaller against PostgreSQL: CRUD with extraction, another
 * user's target → 404, hostile input → 400, requirement edits, a tailored interview (quota applies,
 * each item names its requirement, mixed tracks graded on their own rubric), coverage in the report,
 * export and account deletion.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, interviews, jobInterviewItems, jobTargets, scores } from "@/db/schema";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { failure } from "@/test/helpers/app-error";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { asSessionUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const FIXTURES = path.resolve("test/fixtures/job-descriptions");
const GO_JOB = fs.readFileSync(path.join(FIXTURES, "backend-senior-go.txt"), "utf8");
const PM_JOB = fs.readFileSync(path.join(FIXTURES, "pm-senior-fintech.txt"), "utf8");

const ANSWER =
  "I designed our PostgreSQL schema and indexing for the orders service: a composite index on (tenant_id, created_at) cut the p99 query from 900 ms to 40 ms. " +
  "For reliability we added idempotency keys and retries with backoff, and I mentored two engineers through the on-call rotation. " +
  "The trade-off was write amplification, which we measured and accepted. I would monitor latency and error rate after the rollout.";

describe("jobTargets router", () => {
  it("creates with extracted requirements, lists, reads, updates, deletes; another user gets 404", async () => {
    const { caller } = await verifiedTestUser(db, "jobs-crud");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", company: "Parcelly", level: "senior", description: GO_JOB });
    expect(jobTarget.requirements.length).toBeGreaterThanOrEqual(10);
    expect(jobTarget.requirements.every((requirement) => requirement.tracks.length > 0 && requirement.dimensions.length > 0)).toBe(true);
    expect(jobTarget.requirements.some((requirement) => /PostgreSQL/.test(requirement.text))).toBe(true);
    expect(jobTarget.requirements.some((requirement) => /Stock options/.test(requirement.text))).toBe(false);

    const list = await caller.jobTargets.list();
    expect(list.jobTargets).toMatchObject([{ id: jobTarget.id, requirementCount: jobTarget.requirements.length, interviewCount: 0 }]);

    const other = await verifiedTestUser(db, "jobs-other");
    for (const call of [
      () => other.caller.jobTargets.get({ id: jobTarget.id }),
      () => other.caller.jobTargets.update({ id: jobTarget.id, title: "Mine now" }),
      () => other.caller.jobTargets.delete({ id: jobTarget.id }),
      () => other.caller.jobTargets.requirements({ id: jobTarget.id }),
      () => other.caller.jobTargets.setRequirements({ id: jobTarget.id, requirements: [] }),
      () => other.caller.jobTargets.startInterview({ id: jobTarget.id }),
      () => other.caller.jobTargets.interviews({ id: jobTarget.id }),
    ]) {
      expect((await failure(call())).status).toBe(404);
    }

    // Edit: keep one extracted, add one; then a new description re-extracts around the edited ones.
    const first = jobTarget.requirements[0]!;
    const edited = await caller.jobTargets.setRequirements({ id: jobTarget.id, requirements: [{ text: "Kafka consumer groups and exactly-once delivery", kind: "skill" }, { id: first.id, text: first.text, kind: first.kind }] });
    expect(edited.requirements.map((requirement) => requirement.text)).toEqual(["Kafka consumer groups and exactly-once delivery", first.text]);
    expect(edited.requirements[0]!.tags).toContain("distributed-systems");
    const updated = await caller.jobTargets.update({ id: jobTarget.id, description: PM_JOB });
    expect(updated.jobTarget.requirements[0]!.text).toBe("Kafka consumer groups and exactly-once delivery");
    expect(updated.jobTarget.requirements.some((requirement) => /payouts/.test(requirement.text))).toBe(true);

    await caller.jobTargets.delete({ id: jobTarget.id });
    expect((await failure(caller.jobTargets.get({ id: jobTarget.id }))).status).toBe(404);
  });

  it("PATCH takes the contract's requirements list with a new title, and refuses a malformed one without changing anything", async () => {
    const { caller } = await verifiedTestUser(db, "jobs-patch-requirements");
    const { jobTarget } = await caller.jobTargets.create({ title: "Backend", level: "senior", description: GO_JOB });
    const kept = jobTarget.requirements[1]!;
    const { jobTarget: patched } = await caller.jobTargets.update({
      id: jobTarget.id,
      title: "Backend (payments)",
      requirements: [{ text: "Idempotent payment APIs with retries", kind: "skill" }, { id: kept.id, text: kept.text, kind: kept.kind }],
    });
    expect(patched.title).toBe("Backend (payments)");
    expect(patched.requirements.map((requirement) => requirement.text)).toEqual(["Idempotent payment APIs with retries", kept.text]);
    expect(patched.requirements[1]!.id).toBe(kept.id);
    // A list that is not one: a 400 naming it, and neither the title nor the list changed.
    const error = await failure(caller.jobTargets.update({ id: jobTarget.id, title: "Renamed", requirements: "SQL" as never }));
    expect(error.status).toBe(400);
    expect(error.details).toMatchObject({ fields: { requirements: expect.any(String) as string } });
    const after = (await caller.jobTargets.get({ id: jobTarget.id })).jobTarget;
    expect(after.title).toBe("Backend (payments)");
    expect(after.requirements).toHaveLength(2);
  });

  it("refuses hostile input with a 400 naming the field", async () => {
    const { caller } = await verifiedTestUser(db, "jobs-hostile");
    const base = { title: "Backend", level: "mid" as const, description: GO_JOB };
    expect((await failure(caller.jobTargets.create({ ...base, title: "Back\u0000end" }))).status).toBe(400);
    expect((await failure(caller.jobTargets.create({ ...base, description: `${GO_JOB}\u0000` }))).status).toBe(400);
    expect((await failure(caller.jobTargets.create({ ...base, description: "x".repeat(30_001) }))).status).toBe(400);
    expect((await failure(caller.jobTargets.create({ ...base, description: "too short" }))).status).toBe(400);
    expect((await failure(caller.jobTargets.get({ id: "not-a-uuid" }))).status).toBe(400);
    expect((await failure(caller.jobTargets.get({ id: "00000000-0000-4000-8000-000000000000" }))).status).toBe(404);
    expect((await failure(caller.jobTargets.setRequirements({ id: "00000000-0000-4000-8000-000000000000", requirements: Array.from({ length: 31 }, () => ({ text: "SQL", kind: "skill" as const })) }))).status).toBe(400);
    expect((await failure(caller.jobTargets.coverage({ interviewId: "00000000-0000-4000-8000-000000000000" }))).status).toBe(404);
    // The same requirement id twice: the second would silently replace the first.
    const { jobTarget } = await caller.jobTargets.create(base);
    const [first] = jobTarget.requirements;
    const twice = [{ id: first!.id, text: "PostgreSQL tuning", kind: "skill" as const }, { id: first!.id, text: "Mentoring juniors", kind: "responsibility" as const }];
    const duplicate = await failure(caller.jobTargets.setRequirements({ id: jobTarget.id, requirements: twice }));
    expect(duplicate.status).toBe(400);
    expect(JSON.stringify(duplicate.details)).toContain("requirements.1.id");
    expect((await caller.jobTargets.get({ id: jobTarget.id })).jobTarget.requirements.map((r) => r.text)).toEqual(jobTarget.requirements.map((r) => r.text));
  });

  it("suggests the questions to practise next in the interview's language", async () => {
    const { caller } = await verifiedTestUser(db, "jobs-ko");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer", level: "senior", description: GO_JOB });
    const started = await caller.jobTargets.startInterview({ id: jobTarget.id, questionCount: 1 });
    await db.update(interviews).set({ language: "ko" }).where(eq(interviews.id, started.interviewId));
    const suggested = (await caller.jobTargets.coverage({ interviewId: started.interviewId })).coverage!.requirements.flatMap((requirement) => requirement.suggestedQuestions);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.filter((question) => !/[\uac00-\ud7a3]/.test(question.text))).toEqual([]);
  });

  it("practises for the job: items name their requirement, the quota applies, the report shows coverage", async () => {
    const { caller, user } = await verifiedTestUser(db, "jobs-practice");
    const { jobTarget } = await caller.jobTargets.create({ title: "Senior Backend Engineer (Go)", level: "senior", description: GO_JOB });
    const started = await caller.jobTargets.startInterview({ id: jobTarget.id, questionCount: 5 });
    expect(started.items).toHaveLength(5);
    expect(started.items.every((item) => jobTarget.requirements.some((requirement) => requirement.id === item.requirementId))).toBe(true);
    const links = await db.select().from(jobInterviewItems).where(eq(jobInterviewItems.interviewId, started.interviewId));
    expect(links).toHaveLength(5);

    // Before answering: everything "not yet shown", with suggestions where the bank has more.
    const before = await caller.jobTargets.coverage({ interviewId: started.interviewId });
    expect(before.coverage!.requirements.every((requirement) => requirement.status === "not_yet_shown")).toBe(true);

    const { interview } = await caller.interviews.get({ id: started.interviewId });
    for (const question of interview.questions) await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: ANSWER });
    const pending = await db.select({ id: answers.id, questionId: answers.questionId }).from(answers).where(eq(answers.interviewId, interview.id));
    for (const answer of pending) await scoreStoredAnswer(db, answer.id);
    // Each answer is graded on its own question's rubric (a tailored interview mixes tracks).
    const graded = await db.select({ track: scores.track, questionId: answers.questionId }).from(scores).innerJoin(answers, eq(answers.id, scores.answerId)).where(eq(answers.interviewId, interview.id));
    for (const row of graded) expect(row.track).toBe(started.items.find((item) => item.questionId === row.questionId)!.track);

    const after = (await caller.jobTargets.coverage({ interviewId: started.interviewId })).coverage!;
    expect(after.jobTarget.id).toBe(jobTarget.id);
    const answered = after.requirements.filter((requirement) => requirement.status !== "not_yet_shown");
    expect(answered.length).toBeGreaterThanOrEqual(5);
    for (const requirement of after.requirements.filter((item) => item.status === "shown")) {
      expect(requirement.evidence.length).toBeGreaterThan(0);
      expect(ANSWER).toContain(requirement.evidence[0]!.quote.replace(/…$/, ""));
    }
    console.log(after.requirements.map((requirement) => `${requirement.status.padEnd(14)} ${requirement.text.slice(0, 70)} ${requirement.evidence[0]?.quote.slice(0, 40) ?? ""}`).join("\n"));

    const progress = await caller.jobTargets.interviews({ id: jobTarget.id });
    expect(progress.interviews).toMatchObject([{ id: started.interviewId }]);
    // Not completed yet: no requirement counted; complete it and the shown ones count once.
    expect(progress.completedCounted).toBe(0);
    await caller.interviews.complete({ id: started.interviewId });
    const done = await caller.jobTargets.interviews({ id: jobTarget.id });
    expect(done.completedCounted).toBe(1);
    const shownIds = after.requirements.filter((item) => item.status === "shown").map((item) => item.requirementId);
    expect(done.requirements.filter((item) => item.shownIn === 1).map((item) => item.requirementId).sort()).toEqual([...shownIds].sort());
    // An ordinary interview has no job coverage.
    const plain = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect((await caller.jobTargets.coverage({ interviewId: plain.interview.id })).coverage).toBeNull();
    // Free plan: 2 interviews per window, both used now.
    expect((await failure(caller.jobTargets.startInterview({ id: jobTarget.id }))).code).toBe("QUOTA_EXCEEDED");

    // Export carries the job target; deleting the account removes it.
    const exported = await caller.me.export();
    expect((exported as { jobTargets?: Array<{ title: string }> }).jobTargets).toMatchObject([{ title: "Senior Backend Engineer (Go)" }]);
    await db.delete((await import("@/db/schema")).users).where(eq((await import("@/db/schema")).users.id, user.id));
    expect(await db.select().from(jobTargets).where(and(eq(jobTargets.userId, user.id)))).toHaveLength(0);
  });

  it("a retried start with the same Idempotency-Key replays the first interview, quota used once", async () => {
    const { user, caller } = await verifiedTestUser(db, "jobs-idem");
    const { jobTarget } = await caller.jobTargets.create({ title: "Product Manager", level: "mid", description: PM_JOB });
    const keyed = createCaller(createContextInner({ requestId: "test-idem", db, user: asSessionUser(user), headers: new Headers({ "Idempotency-Key": "practise-once" }) }));
    const [first, second] = [await keyed.jobTargets.startInterview({ id: jobTarget.id }), await keyed.jobTargets.startInterview({ id: jobTarget.id })];
    expect(second.interviewId).toBe(first.interviewId);
    expect((await caller.interviews.list({})).interviews).toHaveLength(1);
  });
});
