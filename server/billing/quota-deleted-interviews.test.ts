/**
 * Deleting interviews is not a way round the plan's quota (found in a hostile pass: a free
 * candidate could start, delete and start again without end).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deletedInterviewStarts } from "@/db/schema";
import { jobHandlers } from "@/server/worker/job-handlers";
import { errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const START = { track: "behavioral", level: "mid", questionCount: 1 } as const;

describe("quota and deleted interviews", () => {
  it("a deleted interview keeps counting: a free user who used the quota and deleted both interviews still cannot start a third", async () => {
    const { caller } = await verifiedTestUser(db, "quota-delete");
    const first = await caller.interviews.create(START);
    const second = await caller.interviews.create(START);
    await caller.interviews.delete({ id: first.interview.id });
    await caller.interviews.delete({ id: second.interview.id });
    const error = await errorOf(caller.interviews.create(START));
    expect(error.code).toBe("QUOTA_EXCEEDED");
    expect(error.details).toMatchObject({ limit: 2, used: 2, resetsAt: expect.any(String) });
    expect(await caller.billing.subscription()).toMatchObject({ interviewsUsed: 2 });
  });

  it("an interview abandoned before any answer is refunded, and deleting it afterwards does not count it again", async () => {
    const { caller } = await verifiedTestUser(db, "quota-refund-delete");
    const mistaken = await caller.interviews.create(START);
    await caller.interviews.abandon({ id: mistaken.interview.id });
    await caller.interviews.delete({ id: mistaken.interview.id });
    await caller.interviews.create(START);
    await expect(caller.interviews.create(START)).resolves.toBeDefined();
  });

  it("the periodic interview sweep prunes kept starts no window counts any more, and keeps the ones that still count", async () => {
    const { caller, user } = await verifiedTestUser(db, "quota-prune");
    const day = 24 * 3600 * 1000;
    await db.insert(deletedInterviewStarts).values([
      { userId: user.id, startedAt: new Date(Date.now() - 30 * day) },
      { userId: user.id, startedAt: new Date(Date.now() - 8 * day) },
      { userId: user.id, startedAt: new Date(Date.now() - day) },
    ]);
    await jobHandlers()["abandon-idle-interviews"].run({}, { jobId: "test", attempt: 1, maxAttempts: 1 });
    const kept = await db.select({ startedAt: deletedInterviewStarts.startedAt }).from(deletedInterviewStarts).where(eq(deletedInterviewStarts.userId, user.id));
    expect(kept).toHaveLength(1);
    expect(await caller.billing.subscription()).toMatchObject({ interviewsUsed: 1 });
  });
});
