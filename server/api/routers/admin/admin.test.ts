import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, auditLog, outboxEmails, questions, users } from "@/db/schema";
import { loadSessionUser } from "@/server/auth/session-user";
import { asSessionUser, callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { createScoredAnswer, type TCandidate } from "@/test/helpers/factories";

const db = connectTestDb();

async function adminCaller(label = "admin") {
  const admin = await verifiedTestUser(db, label);
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
  return { ...admin, caller: callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller };
}

async function scoredAnswerOf(candidate: TCandidate) {
  return (await createScoredAnswer(db, candidate)).answer.id;
}

async function lastAudit(action: string) {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.createdAt)).limit(1);
  return row;
}

describe("admin procedures refuse non-admins", () => {
  it("every admin procedure answers FORBIDDEN to a signed-in candidate and UNAUTHORIZED to nobody", async () => {
    const { caller } = await verifiedTestUser(db, "not-admin");
    const anonymous = callerFor(db).caller;
    const id = "00000000-0000-4000-8000-000000000000";
    const calls: Array<(c: typeof caller) => Promise<unknown>> = [
      (c) => c.admin.capabilities(),
      (c) => c.admin.metrics({ days: 7 }),
      (c) => c.admin.flagged({ limit: 10 }),
      (c) => c.admin.rescore({ answerId: id, using: "builtin" }),
      (c) => c.admin.setManualScore({ answerId: id, dimensions: [{ key: "action", score: 5 }], note: "because" }),
      (c) => c.admin.dismissFlag({ answerId: id, note: null }),
      (c) => c.admin.questions({ limit: 5, offset: 0 }),
      (c) => c.admin.createQuestion({ slug: "x-nope", track: "coding", level: "mid", text: "A question text here", tags: [], difficulty: 3, keyPoints: ["a b c"], sampleAnswer: "A sample answer long enough.", active: true }),
      (c) => c.admin.updateQuestion({ id, changes: { active: false } }),
      (c) => c.admin.exportQuestions(),
      (c) => c.admin.importQuestions({ questions: [] }),
      (c) => c.admin.users({ limit: 5, offset: 0 }),
      (c) => c.admin.user({ id }),
      (c) => c.admin.setUserRole({ id, role: "admin" }),
      (c) => c.admin.setUserStatus({ id, status: "suspended", note: null }),
      (c) => c.admin.tickets({ limit: 5 }),
      (c) => c.admin.replyToTicket({ ticketId: id, message: "hi" }),
      (c) => c.admin.setTicketStatus({ ticketId: id, status: "resolved" }),
      (c) => c.admin.audit({ limit: 5 }),
    ];
    for (const call of calls) {
      expect((await errorOf(call(caller))).code).toBe("FORBIDDEN");
      expect((await errorOf(call(anonymous))).code).toBe("UNAUTHORIZED");
    }
  });
});

describe("metrics", () => {
  it("counts what happened in the period, with a daily series", async () => {
    const { caller } = await adminCaller("metrics-admin");
    const before = await caller.admin.metrics({ days: 7 });
    const candidate = await verifiedTestUser(db, "metrics-candidate");
    await scoredAnswerOf(candidate);
    const after = await caller.admin.metrics({ days: 7 });
    expect(after.metrics.newUsers).toBeGreaterThanOrEqual(before.metrics.newUsers + 1);
    expect(after.metrics.interviewsStarted).toBeGreaterThanOrEqual(before.metrics.interviewsStarted + 1);
    expect(after.metrics.answersScored).toBeGreaterThanOrEqual(before.metrics.answersScored + 1);
    expect(after.series.length).toBeGreaterThanOrEqual(7);
    expect(after.details.averageScoreByTrack.find((row) => row.track === "behavioral")).toBeTruthy();
    expect((await errorOf(caller.admin.metrics({ days: 12 }))).code).toBe("VALIDATION_ERROR");
  });
});

describe("flagged answers", () => {
  it("a disputed score joins the queue; rescoring resolves it and is audit-logged", async () => {
    const { caller } = await adminCaller("flag-admin");
    const candidate = await verifiedTestUser(db, "disputer");
    const answerId = await scoredAnswerOf(candidate);
    await candidate.caller.support.disputeScore({ answerId, reason: "My result was quantified but the score missed it." });
    const queue = await caller.admin.flagged({ limit: 200 });
    const item = queue.answers.find((answer) => answer.id === answerId);
    expect(item?.reasons).toContain("user_dispute");
    expect(item?.disputes[0]).toContain("quantified");

    await caller.admin.rescore({ answerId, using: "builtin" });
    const [row] = await db.select().from(answers).where(eq(answers.id, answerId));
    expect(row?.status).toBe("scored");
    expect((await lastAudit("answer.rescore_builtin"))?.targetId).toBe(answerId);
    expect((await errorOf(caller.admin.rescore({ answerId, using: "ai" }))).code).toBe("CONFLICT");
  });

  it("a manual score replaces the score, checks ranges, and keeps the note", async () => {
    const { caller } = await adminCaller("manual-admin");
    const candidate = await verifiedTestUser(db, "manual-candidate");
    const answerId = await scoredAnswerOf(candidate);
    const keys = ["situation_task", "action", "result", "reflection", "communication"];
    const outOfRange = await errorOf(caller.admin.setManualScore({ answerId, dimensions: keys.map((key) => ({ key, score: 11 })), note: "too high" }));
    expect(outOfRange.code).toBe("VALIDATION_ERROR");
    const { score } = await caller.admin.setManualScore({ answerId, dimensions: keys.map((key) => ({ key, score: 8 })), note: "Reviewed by hand" });
    expect(score.total).toBe(80);
    const seen = await candidate.caller.interviews.getAnswer({ id: answerId });
    expect(seen.answer.score).toMatchObject({ total: 80, scoredBy: { provider: "manual" } });
    expect((await lastAudit("answer.manual_score"))?.note).toBe("Reviewed by hand");
  });

  it("dismissing a flag clears it", async () => {
    const { caller } = await adminCaller("dismiss-admin");
    const candidate = await verifiedTestUser(db, "dismiss-candidate");
    const answerId = await scoredAnswerOf(candidate);
    await candidate.caller.support.disputeScore({ answerId, reason: "Please look again at this one." });
    await caller.admin.dismissFlag({ answerId, note: "Score stands" });
    expect((await caller.admin.flagged({ limit: 200 })).answers.find((answer) => answer.id === answerId)).toBeUndefined();
  });

  it("a candidate cannot dispute another candidate's answer", async () => {
    const owner = await verifiedTestUser(db, "owner-d");
    const other = await verifiedTestUser(db, "other-d");
    const answerId = await scoredAnswerOf(owner);
    expect((await errorOf(other.caller.support.disputeScore({ answerId, reason: "not mine at all" }))).code).toBe("NOT_FOUND");
  });
});

describe("question bank", () => {
  it("creates, edits, deactivates, searches with usage, exports and imports — all audit-logged", async () => {
    const { caller } = await adminCaller("qb-admin");
    const slug = `admin-test-${Date.now()}`;
    const created = await caller.admin.createQuestion({
      slug,
      track: "coding",
      level: "mid",
      text: "Reverse a singly linked list in place.",
      tags: ["linked-list"],
      difficulty: 3,
      keyPoints: ["iterate with prev and next pointers", "O(n) time O(1) space"],
      sampleAnswer: "Walk the list keeping prev, current and next pointers, flipping each link.",
      active: true,
    });
    expect((await errorOf(caller.admin.createQuestion({ ...created, tags: [], keyPoints: ["x y z"], active: true, slug }))).code).toBe("CONFLICT");
    await caller.admin.updateQuestion({ id: created.id, changes: { text: "Reverse a singly linked list in place, iteratively." } });
    await caller.admin.updateQuestion({ id: created.id, changes: { active: false } });
    expect((await lastAudit("question.deactivate"))?.targetId).toBe(created.id);
    const found = await caller.admin.questions({ query: slug, limit: 10, offset: 0 });
    expect(found.questions[0]).toMatchObject({ slug, active: false, uses: 0 });

    const exported = await caller.admin.exportQuestions();
    expect(exported.find((question) => question.slug === slug)?.text).toContain("iteratively");
    const bad = await errorOf(caller.admin.importQuestions({ questions: [{ slug: "Bad Slug!" }] }));
    expect(bad.code).toBe("VALIDATION_ERROR");
    const result = await caller.admin.importQuestions({ questions: [{ ...exported.find((question) => question.slug === slug)!, difficulty: 4 }] });
    expect(result).toEqual({ created: 0, updated: 1 });
    const [row] = await db.select().from(questions).where(eq(questions.slug, slug));
    expect(row?.difficulty).toBe(4);
  });
});

describe("users", () => {
  it("searches, shows detail, changes role, and suspends (ending sessions) with the audit trail", async () => {
    const { caller, user: admin } = await adminCaller("users-admin");
    const target = await verifiedTestUser(db, "suspend-me");
    const search = await caller.admin.users({ query: target.email, limit: 10, offset: 0 });
    expect(search.users.map((user) => user.id)).toEqual([target.user.id]);
    expect((await caller.admin.user({ id: target.user.id })).user.email).toBe(target.email);

    await caller.admin.setUserRole({ id: target.user.id, role: "admin" });
    expect((await lastAudit("user.role"))?.after).toEqual({ role: "admin" });
    await caller.admin.setUserRole({ id: target.user.id, role: "user" });

    await caller.admin.setUserStatus({ id: target.user.id, status: "suspended", note: "abuse report" });
    expect(await loadSessionUser(db, { userId: target.user.id, sessionVersion: 0 })).toBeNull();
    expect((await errorOf(caller.admin.setUserStatus({ id: admin.id, status: "suspended", note: null }))).code).toBe("CONFLICT");
    await caller.admin.setUserStatus({ id: target.user.id, status: "active", note: null });
    const audit = await caller.admin.audit({ targetId: target.user.id, limit: 10 });
    expect(audit.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(["user.suspend", "user.reactivate", "user.role"]));
  });
});

describe("support", () => {
  it("a candidate's ticket reaches the inbox; the reply emails them and they read it", async () => {
    const { caller } = await adminCaller("support-admin");
    const candidate = await verifiedTestUser(db, "needs-help");
    const { id } = await candidate.caller.support.create({ subject: "Cannot see my report", message: "The report page is empty." });
    const inbox = await caller.admin.tickets({ status: "new", limit: 200 });
    expect(inbox.find((ticket) => ticket.id === id)?.userEmail).toBe(candidate.email);
    await caller.admin.replyToTicket({ ticketId: id, message: "Fixed — please reload." });
    const [email] = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, candidate.email))).orderBy(desc(outboxEmails.createdAt)).limit(1);
    expect(email?.subject).toContain("Cannot see my report");
    const mine = await candidate.caller.support.mine();
    expect(mine[0]).toMatchObject({ status: "in_progress" });
    expect(mine[0]!.messages.map((message) => message.fromStaff)).toEqual([false, true]);
    await caller.admin.setTicketStatus({ ticketId: id, status: "resolved" });
    const other = await verifiedTestUser(db, "not-the-asker");
    expect((await errorOf(other.caller.support.reply({ ticketId: id, message: "mine?" }))).code).toBe("NOT_FOUND");
  });
});

describe("plans and platform", () => {
  it("grants a plan in one audited step, and every platform reading passes its output schema", async () => {
    const { caller } = await adminCaller("grant-admin");
    const target = await verifiedTestUser(db, "granted");
    const endsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const grant = await caller.admin.grantPlan({ userId: target.user.id, plan: "pro", endsAt, note: "Conference speaker" });
    expect(grant).toMatchObject({ plan: "pro", endsAt: endsAt.toISOString() });
    expect(await lastAudit("user.grant_plan")).toMatchObject({ targetId: target.user.id, note: "Conference speaker" });
    expect((await errorOf(caller.admin.grantPlan({ userId: target.user.id, plan: "pro", endsAt: new Date(Date.now() - 1000), note: null }))).code).toBe(
      "VALIDATION_ERROR",
    );
    expect((await caller.admin.user({ id: target.user.id })).plan).toBe("pro");
    expect(await caller.admin.capabilities()).toEqual(expect.objectContaining({ billingConfigured: expect.any(Boolean) }));
    expect(Array.isArray(await caller.admin.failedStripeEvents())).toBe(true);
    expect(await caller.admin.exportQuestions()).not.toHaveLength(0);
  });
});
