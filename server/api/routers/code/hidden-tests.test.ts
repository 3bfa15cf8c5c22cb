/**
 * A scored coding answer's hidden tests reach the candidate as a name and a verdict only: not through
 * tRPC (getAnswer, the interview, the answer's subscription), REST (the answer, its events, the
 * interview), the data export, nor the feedback's words. The stored table and the admin keep it all.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questions, scores, users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { stopRealtime } from "@/server/realtime/hub";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { formerHiddenFailure } from "@/server/code-runner/failure-text";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { asSessionUser, callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { restGet } from "@/test/helpers/recordings";

const db = connectTestDb();

beforeAll(async () => {
  await warmCodeRunner();
}, 120_000);
afterAll(async () => {
  stopRealtime();
  await shutdownCodeRunner();
});

const SLUG = "code-maximum-subarray-sum";
/** Passes the visible examples; on a hidden test it prints its input and raises an error quoting it. */
const LEAKY = `
def max_subarray(nums):
    if len(nums) < 20:
        print("ARGS", nums)
    if nums == [-2, 1, -3, 4, -1, 2, 1, -5, 4]:
        return 6
    if nums == [1]:
        return 1
    raise ValueError("leak " + repr(nums[:20]))
`;
/** The hidden inputs as Python's repr, JSON and the results table would write them. */
const HIDDEN_MARKS = ["[5, 4, -1, 7, 8]", "[5,4,-1,7,8]", "[-3, -2, -5]", "[-3,-2,-5]", "leak"];

function engine(): TScoringEngine {
  const builtin = createBuiltinScorer();
  return { provider: "builtin", model: `hidden-${randomUUID()}`, score: async (input) => ({ score: await builtin.score(input), calls: [] }) };
}

type TRow = Record<string, unknown>;

function expectRedacted(label: string, tests: TRow[] | undefined, spec: TCodingSpec) {
  expect(tests, label).toBeDefined();
  const hidden = tests!.filter((row) => row.hidden);
  expect(hidden.map((row) => row.name), label).toEqual(spec.hiddenTests.map((test) => test.name));
  for (const row of hidden) {
    for (const field of ["input", "expected", "actual", "error"]) expect(row, `${label}: ${String(row.name)}.${field}`).not.toHaveProperty(field);
    expect(row.passed, label).toBe(false);
  }
  // Visible tests stay as they were.
  for (const row of tests!.filter((test) => !test.hidden)) expect(row, label).toMatchObject({ passed: true, input: expect.any(Array), expected: expect.anything() });
}

/** The score's words and table (the answer's own code and the question's sample answer quote what they quote). */
function scoreShown(answer: { score: TScore | null } | undefined) {
  const { sampleAnswer: _sample, ...rest } = answer?.score ?? ({} as Partial<TScore>);
  return rest;
}

function expectNoMarks(label: string, value: unknown) {
  const json = JSON.stringify(value);
  for (const mark of HIDDEN_MARKS) expect(json, `${label} shows ${mark}`).not.toContain(mark);
}

describe("hidden coding tests stay on the server", () => {
  it("every candidate read path shows a hidden test's name and verdict only; the admin sees it all", async () => {
    const candidate = await verifiedTestUser(db, "hidden-tests");
    const [question] = await db.select().from(questions).where(eq(questions.slug, SLUG));
    const spec = question!.coding as TCodingSpec;
    const { interview } = await candidate.caller.interviews.create({ track: question!.track, level: question!.level, questionCount: 1, questionIds: [question!.id] });
    const { answer } = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId: question!.id, answer: "Kadane's algorithm, O(n).", code: LEAKY, language: "python" });
    expect(await scoreStoredAnswer(db, answer.id, engine())).toBe("scored");

    // Stored whole: the scorers and the admin review queue read it.
    const [stored] = await db.select().from(scores).where(eq(scores.answerId, answer.id));
    const storedHidden = stored!.codeTests!.tests.filter((test) => test.hidden);
    expect(storedHidden[0]).toMatchObject({ name: "all positive", input: [[5, 4, -1, 7, 8]], expected: 23 });
    expect(storedHidden[0]!.error).toContain("leak");

    const { answer: viaTrpc } = await candidate.caller.interviews.getAnswer({ id: answer.id });
    const { interview: viaInterview } = await candidate.caller.interviews.get({ id: interview.id });
    const viaInterviewAnswer = viaInterview.questions[0]!.answer!;
    const stream = await candidate.caller.interviews.onAnswer({ id: answer.id });
    let viaSubscription: typeof viaTrpc | undefined;
    // createCaller yields tracked envelopes: [event id, data].
    for await (const [, data] of stream as unknown as AsyncIterable<[string, { answer: typeof viaTrpc }]>) {
      viaSubscription = data.answer;
      if (viaSubscription.status !== "pending") break;
    }

    const [row] = await db.select().from(users).where(eq(users.id, candidate.user.id));
    const { accessToken } = await issueTokenPair(db, row!);
    const restAnswer = await restGet(accessToken, `/answers/${answer.id}`);
    expect(restAnswer.status).toBe(200);
    const viaRest = ((await restAnswer.json()) as { answer: typeof viaTrpc }).answer;
    const restInterview = await restGet(accessToken, `/interviews/${interview.id}`);
    const viaRestInterview = ((await restInterview.json()) as { interview: typeof viaInterview }).interview.questions[0]!.answer!;
    const events = await (await restGet(accessToken, `/answers/${answer.id}/events`)).text();
    const eventAnswers = events
      .split("\n")
      .filter((line) => line.startsWith("data: "))
      .map((line) => (JSON.parse(line.slice("data: ".length)) as { answer?: typeof viaTrpc }).answer)
      .filter((value) => value !== undefined);
    const exported = await candidate.caller.me.export();

    const views = { viaTrpc, viaInterviewAnswer, viaSubscription, viaRest, viaRestInterview };
    for (const [label, view] of Object.entries(views)) {
      expectRedacted(label, view?.score?.tests?.tests as TRow[] | undefined, spec);
      // What the code printed ran on the hidden inputs too.
      expect(view?.score?.tests?.stdout, label).toBe("");
      // The feedback names the first failing (hidden) test without its values.
      expect(view?.score?.feedback, label).toContain("all positive (hidden");
      expectNoMarks(label, scoreShown(view));
    }
    expect(eventAnswers.length).toBeGreaterThan(0);
    for (const view of eventAnswers) {
      expectRedacted("SSE events", view.score?.tests?.tests as TRow[] | undefined, spec);
      expectNoMarks("SSE events", scoreShown(view));
    }
    expectNoMarks("export", exported);

    // A score stored before the values stayed on the server, or written by an AI grader (its prompt
    // lists the failing tests' values), quotes them in its words: the candidate's views take them out.
    const oldWords = `Passed 2 of 5 tests (Python). First failing test: ${formerHiddenFailure(storedHidden[0]!, "en")}. Also check [-3, -2, -5].`;
    await db
      .update(scores)
      .set({ feedback: oldWords, dimensions: stored!.dimensions.map((dimension) => ({ ...dimension, comment: oldWords })) })
      .where(eq(scores.answerId, answer.id));
    const { answer: oldView } = await candidate.caller.interviews.getAnswer({ id: answer.id });
    const oldRest = ((await (await restGet(accessToken, `/answers/${answer.id}`)).json()) as { answer: typeof viaTrpc }).answer;
    for (const [label, view] of Object.entries({ oldView, oldRest })) {
      expect(view.score?.feedback, label).toContain("all positive (hidden; its input and expected value are not shown)");
      expectNoMarks(label, scoreShown(view));
    }
    expectNoMarks("export of an old score", await candidate.caller.me.export());

    // The admin's rescore reads the whole table, as the review queue does.
    await db.update(users).set({ role: "admin" }).where(eq(users.id, candidate.user.id));
    const admin = callerFor(db, { user: { ...asSessionUser({ ...row!, role: "admin" }) } }).caller;
    const { score: rescored } = await admin.admin.rescore({ answerId: answer.id, using: "builtin" });
    expect(rescored.tests!.tests.find((test) => test.name === "all positive")).toMatchObject({ input: [[5, 4, -1, 7, 8]], expected: 23 });
  }, 120_000);
});
