/**
 * Completing locks first and reads after, in one transaction (complete-interview.ts): a refusal must
 * leave the interview as it was, and the overall it computes from its own reads must be the one
 * recomputeInterviewScore computes.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { interviews } from "@/db/schema";
import { closeDb } from "@/server/db";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { errorOf } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { createAnswer, createCandidate, createInterview } from "@/test/helpers/factories";
import { recomputeInterviewScore } from "./interview-score";

const db = connectTestDb();
afterAll(() => closeDb());

const GOOD = "I would clarify the goal, compare two designs by cost and latency, ship the simpler one behind a flag, and measure p95 latency and errors.";

async function statusOf(id: string) {
  const [row] = await db.select({ status: interviews.status, completedAt: interviews.completedAt, overallScore: interviews.overallScore }).from(interviews).where(eq(interviews.id, id));
  return row!;
}

describe("completing an interview", () => {
  it("a refusal (an answer still pending, or nothing answered) leaves it in progress", async () => {
    const candidate = await createCandidate(db, "complete-refused");
    const empty = await createInterview(candidate, { questionCount: 2 });
    expect((await errorOf(candidate.caller.interviews.complete({ id: empty.id }))).code).toBe("CONFLICT");
    expect(await statusOf(empty.id)).toMatchObject({ status: "in_progress", completedAt: null });

    await createAnswer(candidate, empty, { text: GOOD });
    const pending = await errorOf(candidate.caller.interviews.complete({ id: empty.id }));
    expect(pending).toMatchObject({ code: "CONFLICT", details: { reason: "scoring_pending" } });
    expect(await statusOf(empty.id)).toMatchObject({ status: "in_progress", completedAt: null });
  });

  it("its overall score is the one recomputeInterviewScore computes (best attempt, unanswered counts 0)", async () => {
    const candidate = await createCandidate(db, "complete-overall");
    const interview = await createInterview(candidate, { track: "software_engineering", questionCount: 2 });
    const first = await createAnswer(candidate, interview, { text: "Use a cache." });
    await scoreStoredAnswer(db, first.id);
    const second = await createAnswer(candidate, interview, { text: GOOD });
    await scoreStoredAnswer(db, second.id);

    const { interview: completed } = await candidate.caller.interviews.complete({ id: interview.id });
    expect(completed.status).toBe("completed");
    const stored = await statusOf(interview.id);
    expect(completed.overallScore).toBe(stored.overallScore);
    const recomputed = await db.transaction((tx) => recomputeInterviewScore(tx, interview.id));
    expect(recomputed).toEqual({ overallScore: completed.overallScore, passed: completed.passed });
    // A second complete returns the completed interview as it is.
    expect((await candidate.caller.interviews.complete({ id: interview.id })).interview).toEqual(completed);
    // Abandoning it now is a CONFLICT (a 204 would say something changed), and it stays completed.
    const abandon = await errorOf(candidate.caller.interviews.abandon({ id: interview.id }));
    expect(abandon.code).toBe("CONFLICT");
    expect(abandon.message).toContain("completed");
    expect(await statusOf(interview.id)).toMatchObject({ status: "completed", overallScore: completed.overallScore });
  });

  it("an abandoned interview is a CONFLICT and stays abandoned; another user's is NOT_FOUND (the read sent with the update is not used then)", async () => {
    const candidate = await createCandidate(db, "complete-abandoned");
    const other = await createCandidate(db, "complete-other");
    const interview = await createInterview(candidate, { questionCount: 1 });
    expect((await errorOf(other.caller.interviews.complete({ id: interview.id }))).code).toBe("NOT_FOUND");
    await candidate.caller.interviews.abandon({ id: interview.id });
    expect((await errorOf(candidate.caller.interviews.complete({ id: interview.id }))).code).toBe("CONFLICT");
    expect(await statusOf(interview.id)).toMatchObject({ status: "abandoned", completedAt: null });
  });
});
