/**
 * A hostile user's inputs to the practice loop that the contract accepts but the domain must
 * still handle (found in a hostile pass over the running product).
 */
import { describe, expect, it } from "vitest";
import { verifiedTestUser } from "@/test/helpers/caller";
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
});
