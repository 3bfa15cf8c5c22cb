/**
 * Deleting interviews is not a way round the plan's quota (found in a hostile pass: a free
 * candidate could start, delete and start again without end).
 */
import { describe, expect, it } from "vitest";
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
});
