/**
 * A hostile user's inputs to the practice loop that the contract accepts but the domain must
 * still handle (found in a hostile pass over the running product).
 */
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers } from "@/db/schema";
import { MAX_ATTEMPTS_PER_QUESTION } from "@/server/answer-attempts";
import { errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

describe("interviews: hostile inputs", () => {
  it("a question id repeated in questionIds is asked once, and every question of the interview can be answered", async () => {
    const { caller } = await verifiedTestUser(db, "dup-question-ids");
    const { questions } = await caller.catalog.questions({ track: "behavioral", level: "mid", limit: 1 });
    const repeated = questions[0]!.id;
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 3, questionIds: [repeated, repeated, repeated] });
    const ids = interview.questions.map((question) => question.questionId);
    expect(ids[0]).toBe(repeated);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3);
  });

  it(`takes at most ${MAX_ATTEMPTS_PER_QUESTION} attempts of one question per interview (each is a scoring job), then a clear CONFLICT`, async () => {
    const { caller } = await verifiedTestUser(db, "attempt-cap");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    const attempt = (index: number) => caller.interviews.submitAnswer({ id: interview.id, questionId, answer: `Attempt number ${index}: I listened first, then we agreed on a plan.` });
    for (let index = 1; index <= MAX_ATTEMPTS_PER_QUESTION; index++) await attempt(index);
    const error = await errorOf(attempt(MAX_ATTEMPTS_PER_QUESTION + 1));
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toMatchObject({ reason: "attempt_limit", limit: MAX_ATTEMPTS_PER_QUESTION });
    // The last attempt sent again (a retry) is still answered with the stored one.
    await expect(attempt(MAX_ATTEMPTS_PER_QUESTION)).resolves.toMatchObject({ answer: { id: expect.any(String) } });
    const [stored] = await db.select({ n: count() }).from(answers).where(eq(answers.interviewId, interview.id));
    expect(stored?.n).toBe(MAX_ATTEMPTS_PER_QUESTION);
  });
});
