/**
 * One account opening hundreds of streams or long polls at once: past MAX_WAITERS_PER_USER a stream
 * is refused (429, RATE_LIMITED) and a long poll answers at once; other users are not affected, and
 * closed streams give their slots back.
 */
import { afterAll, describe, expect, it } from "vitest";
import { answerUpdates, waitForAnswer } from "@/server/interviews/answer-updates";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { stopRealtime } from "./hub";
import { heldWaiterSlots, MAX_WAITERS_PER_USER, tryHoldWaiterSlot } from "./waiter-slots";

const db = connectTestDb();
afterAll(() => stopRealtime());

async function candidateWithPendingAnswer(label: string) {
  const candidate = await verifiedTestUser(db, label);
  const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
  const { answer } = await candidate.caller.interviews.submitAnswer({
    id: interview.id,
    questionId: interview.questions[0]!.questionId,
    answer: "I listened to both sides first, then we agreed on a plan with clear owners and checked in after a week.",
  });
  return { userId: candidate.user.id, answerId: answer.id };
}

describe("waiter slots", () => {
  it("count per owner, refuse past the cap and give a slot back once (idempotent release)", () => {
    const releases = Array.from({ length: MAX_WAITERS_PER_USER }, () => tryHoldWaiterSlot("owner-a"));
    expect(releases.every(Boolean)).toBe(true);
    expect(tryHoldWaiterSlot("owner-a")).toBeNull();
    expect(tryHoldWaiterSlot("owner-b")).not.toBeNull();
    releases[0]!();
    releases[0]!();
    expect(heldWaiterSlots("owner-a")).toBe(MAX_WAITERS_PER_USER - 1);
    for (const release of releases) release!();
    expect(heldWaiterSlots("owner-a")).toBe(0);
  });

  it("refuse the stream past the cap with RATE_LIMITED, answer a long poll at once, and leave other users alone", async () => {
    const hostile = await candidateWithPendingAnswer("waiters-hostile");
    const streams = Array.from({ length: MAX_WAITERS_PER_USER }, () => answerUpdates(db, hostile.userId, hostile.answerId));
    // Each stream's first step yields the answer as it is now, and holds its slot until the stream closes.
    await Promise.all(streams.map((stream) => stream.next()));
    expect(heldWaiterSlots(hostile.userId)).toBe(MAX_WAITERS_PER_USER);

    await expect(answerUpdates(db, hostile.userId, hostile.answerId).next()).rejects.toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 5 } });
    const started = Date.now();
    const polled = await waitForAnswer(db, hostile.userId, hostile.answerId, 20);
    expect(polled.status).toBe("pending");
    expect(Date.now() - started).toBeLessThan(3000);

    const other = await candidateWithPendingAnswer("waiters-other");
    const otherStarted = Date.now();
    await waitForAnswer(db, other.userId, other.answerId, 1);
    // The other candidate's long poll really waited.
    expect(Date.now() - otherStarted).toBeGreaterThanOrEqual(900);

    await Promise.all(streams.map((stream) => stream.return()));
    expect(heldWaiterSlots(hostile.userId)).toBe(0);
    // A client that leaves (the request's signal aborts) gives its slot back too.
    const leaving = new AbortController();
    const left = answerUpdates(db, hostile.userId, hostile.answerId, { signal: leaving.signal });
    await left.next();
    const waiting = left.next();
    leaving.abort();
    await expect(waiting).resolves.toMatchObject({ done: true });
    expect(heldWaiterSlots(hostile.userId)).toBe(0);

    const again = answerUpdates(db, hostile.userId, hostile.answerId);
    await expect(again.next()).resolves.toMatchObject({ done: false });
    await again.return();
  }, 60_000);
});
