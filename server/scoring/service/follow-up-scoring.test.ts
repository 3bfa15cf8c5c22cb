import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { questions } from "@/db/schema";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { computeTotal } from "@/server/contracts/vocabulary/rubrics";
import type { TScoreInput } from "@/server/scoring/scorer";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import type { TScoringEngine } from "./engine";
import { scoreStoredAnswer } from "./score-stored-answer";

const db = connectTestDb();

const ANSWER =
  "I would use a hash map from value to index. For each number I look up target minus the number; if it is there I return both " +
  "indices, otherwise I store the number. That is one pass, O(n) time and O(n) space, instead of the O(n^2) nested loops.";

/**
 * A scorer that records every input it gets and answers like the built-in analyzer, except that the
 * follow-up it asks and (optionally) its weakest dimension are chosen by the test.
 */
function capturingEngine(options: { followUp?: string; weakest?: string } = {}) {
  const inputs: TScoreInput[] = [];
  const builtin = createBuiltinScorer();
  const engine: TScoringEngine = {
    provider: "builtin",
    // A model of its own, so the score cache never answers for it.
    model: `capture-${randomUUID()}`,
    async score(input) {
      inputs.push(input);
      const score = await builtin.score(input);
      const dimensions = options.weakest ? score.dimensions.map((d) => ({ ...d, score: d.key === options.weakest ? 0 : Math.max(d.score, 6) })) : score.dimensions;
      return { score: { ...score, dimensions, total: computeTotal(dimensions), followUp: options.followUp ?? score.followUp }, calls: [] };
    },
  };
  return { engine, inputs };
}

async function startOneQuestion(label: string) {
  const candidate = await verifiedTestUser(db, label);
  const { interview } = await candidate.caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
  const questionId = interview.questions[0]!.questionId;
  const [row] = await db.select().from(questions).where(eq(questions.id, questionId));
  const bank = SEED_QUESTIONS.find((q) => q.slug === row!.slug)!;
  return { ...candidate, interviewId: interview.id, questionId, row: row!, bank };
}

describe("bank follow-ups in scoring", () => {
  it("a seeded question's follow-ups reach the scorer with the main answer", async () => {
    const { caller, interviewId, questionId, bank } = await startOneQuestion("fu-reach");
    const submitted = await caller.interviews.submitAnswer({ id: interviewId, questionId, answer: ANSWER });
    const { engine, inputs } = capturingEngine();
    expect(await scoreStoredAnswer(db, submitted.answer.id, engine)).toBe("scored");
    expect(inputs).toHaveLength(1);
    expect(bank.followUps.length).toBeGreaterThanOrEqual(2);
    expect(inputs[0]!.question.followUps).toEqual(bank.followUps);
    expect(inputs[0]!.question).toMatchObject({ text: bank.text, keyPoints: bank.keyPoints, sampleAnswer: bank.sampleAnswer });
    expect(inputs[0]!.focusDimension).toBeUndefined();
  });

  it("scores a reply to a bank follow-up as an answer to that follow-up, focused on the dimension it probes", async () => {
    const { caller, interviewId, questionId, bank } = await startOneQuestion("fu-bank");
    const asked = bank.followUps[1]!;
    const main = await caller.interviews.submitAnswer({ id: interviewId, questionId, answer: ANSWER });
    await scoreStoredAnswer(db, main.answer.id, capturingEngine({ followUp: asked.text }).engine);

    const reply = await caller.interviews.submitAnswer({ id: interviewId, questionId, answer: "Each lookup is O(1) on average, so the pass is O(n).", kind: "follow_up" });
    const { engine, inputs } = capturingEngine();
    expect(await scoreStoredAnswer(db, reply.answer.id, engine)).toBe("scored");
    const input = inputs[0]!;
    expect(input.question.text).toBe(asked.text);
    expect(input.focusDimension).toBe(asked.dimension);
    expect(input.question.sampleAnswer).toBeUndefined();
    for (const point of input.question.keyPoints ?? []) expect(bank.keyPoints).toContain(point);
    expect(input.question.followUps?.map((f) => f.text)).not.toContain(asked.text);

    const stored = await caller.interviews.getAnswer({ id: reply.answer.id });
    expect(stored.answer).toMatchObject({ kind: "follow_up", prompt: asked.text });
    expect(stored.answer.score).not.toBeNull();
  });

  it("focuses a reply to a generic follow-up on the weakest dimension of the main answer", async () => {
    const { caller, interviewId, questionId } = await startOneQuestion("fu-generic");
    const generic = "Could you walk me through one concrete example of that, step by step?";
    const main = await caller.interviews.submitAnswer({ id: interviewId, questionId, answer: ANSWER });
    await scoreStoredAnswer(db, main.answer.id, capturingEngine({ followUp: generic, weakest: "communication" }).engine);

    const reply = await caller.interviews.submitAnswer({ id: interviewId, questionId, answer: "For [2, 7, 11, 15] and 9: I store 2, then find 7's complement.", kind: "follow_up" });
    const { engine, inputs } = capturingEngine();
    await scoreStoredAnswer(db, reply.answer.id, engine);
    expect(inputs[0]!.question.text).toBe(generic);
    expect(inputs[0]!.focusDimension).toBe("communication");
  });
});
