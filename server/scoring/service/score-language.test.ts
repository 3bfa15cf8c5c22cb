/**
 * Issue 18 item 3 through the scoring job: a stored answer is scored in its candidate's interface
 * language, the score row keeps that language, and a later switch does not relabel it.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { scores, users } from "@/db/schema";
import { recordingBuiltinEngine } from "@/test/helpers/builtin-engine";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { scoreStoredAnswer } from "./score-stored-answer";

const db = connectTestDb();

async function answerOne(label: string) {
  const candidate = await verifiedTestUser(db, label);
  const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
  const questionId = interview.questions[0]!.questionId;
  const submitted = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "I listened first, then we agreed on a plan and shipped it a week later." });
  return { candidate, answerId: submitted.answer.id };
}

describe("the scoring job's feedback language", () => {
  it("writes a Russian-speaking candidate's feedback in Russian and keeps it labelled Russian after a switch to English", async () => {
    const { candidate, answerId } = await answerOne("score-language-ru");
    await db.update(users).set({ language: "ru" }).where(eq(users.id, candidate.user.id));
    const { engine, inputs } = recordingBuiltinEngine("language");
    expect(await scoreStoredAnswer(db, answerId, engine)).toBe("scored");
    expect(inputs[0]?.feedbackLanguage).toBe("ru");

    const [row] = await db.select().from(scores).where(eq(scores.answerId, answerId));
    expect(row?.language).toBe("ru");
    expect(row?.feedback).toMatch(/[а-яё]/i);

    await db.update(users).set({ language: "en" }).where(eq(users.id, candidate.user.id));
    const { answer } = await candidate.caller.interviews.getAnswer({ id: answerId });
    expect(answer.score?.language).toBe("ru");
    expect(answer.score?.feedback).toBe(row?.feedback);
    // Its dimensions are named in its words' language too, not in the rubric's English.
    const labels = answer.score?.dimensions.map((dimension) => dimension.label) ?? [];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^[^A-Za-z]*[а-яё][^A-Za-z]*$/i);
  });

  it("tolerates no saved preference: the interview's language, English by default", async () => {
    const { candidate, answerId } = await answerOne("score-language-none");
    await db.update(users).set({ language: null }).where(eq(users.id, candidate.user.id));
    const { engine, inputs } = recordingBuiltinEngine("language");
    expect(await scoreStoredAnswer(db, answerId, engine)).toBe("scored");
    expect(inputs[0]?.feedbackLanguage).toBe("en");
    const [row] = await db.select().from(scores).where(eq(scores.answerId, answerId));
    expect(row?.language).toBe("en");
  });
});

describe("ad-hoc analysis (POST /analysis and /analysis/batch)", () => {
  it("writes in the user's saved interface language, and in English without one", async () => {
    const candidate = await verifiedTestUser(db, "adhoc-language");
    const item = { track: "behavioral", level: "junior", question: "Tell me about a time you disagreed with a teammate.", answer: "I listened first, then we agreed on a test and the data settled it." } as const;
    expect((await candidate.caller.analysis.run(item)).score.language).toBe("en");

    await db.update(users).set({ language: "ko" }).where(eq(users.id, candidate.user.id));
    const { score } = await candidate.caller.analysis.run(item);
    expect(score.language).toBe("ko");
    expect(score.feedback).toMatch(/[가-힣]/);
    for (const dimension of score.dimensions) expect(dimension.label).toMatch(/^[^A-Za-z]*[가-힣][^A-Za-z]*$/);
    const { results } = await candidate.caller.analysis.batch({ items: [item] });
    expect(results[0] && "score" in results[0] ? results[0].score.language : null).toBe("ko");
  });
});
