/**
 * consumeInterviewQuota reads the plan's window and the fair-use day in one statement; both limits,
 * their counts and their reset times must come out as when each had its own read.
 */
import { describe, expect, it } from "vitest";
import { interviews } from "@/db/schema";
import type { TPlan } from "@/server/contracts/vocabulary/plans";
import { toAppError } from "@/server/errors";
import { registerTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { consumeInterviewQuota } from "./quota";

const db = connectTestDb();
const HOUR = 3600 * 1000;
const plan = (overrides: Partial<TPlan>): TPlan => ({ id: "pro", name: "Test", interviewsPerWindow: null, windowDays: 7, fairUsePerDay: null, ...overrides });

/** A user who started one interview 3 days ago, one an hour ago, and one 2 hours ago that was refunded. */
async function userWithStarts() {
  const { user } = await registerTestUser(db, "quota-window");
  const at = (msAgo: number) => new Date(Date.now() - msAgo);
  const row = (startedAt: Date, quotaRefunded = false) => ({ userId: user.id, track: "coding" as const, level: "mid" as const, questionCount: 1, startedAt, quotaRefunded });
  await db.insert(interviews).values([row(at(72 * HOUR)), row(at(HOUR)), row(at(2 * HOUR), true)]);
  return { userId: user.id, oldest: at(72 * HOUR), newest: at(HOUR) };
}

async function consume(userId: string, limits: TPlan) {
  return db.transaction((tx) => consumeInterviewQuota(tx, userId, limits)).catch((error: unknown) => toAppError(error));
}

describe("consumeInterviewQuota", () => {
  it("counts the window and the day apart, and says when each resets", async () => {
    const { userId, oldest, newest } = await userWithStarts();
    const near = (iso: unknown, expected: Date) => expect(Math.abs(new Date(iso as string).getTime() - expected.getTime())).toBeLessThan(2_000);

    const windowFull = await consume(userId, plan({ interviewsPerWindow: 2 }));
    expect(windowFull).toMatchObject({ code: "QUOTA_EXCEEDED", details: { limit: 2, used: 2 } });
    near((windowFull as { details: { resetsAt: string } }).details.resetsAt, new Date(oldest.getTime() + 7 * 24 * HOUR));

    const dayFull = await consume(userId, plan({ fairUsePerDay: 1 }));
    expect(dayFull).toMatchObject({ code: "QUOTA_EXCEEDED", message: expect.stringMatching(/Fair use/) as unknown, details: { limit: 1, used: 1 } });
    near((dayFull as { details: { resetsAt: string } }).details.resetsAt, new Date(newest.getTime() + 24 * HOUR));

    const allowed = await consume(userId, plan({ interviewsPerWindow: 5, fairUsePerDay: 2 }));
    expect(allowed).toMatchObject({ limit: 5, used: 3 });
    near((allowed as { resetsAt: string }).resetsAt, new Date(oldest.getTime() + 7 * 24 * HOUR));
  });
});
