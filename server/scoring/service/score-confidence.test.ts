import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { scores, users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { withRequest } from "@/server/http/with-request";
import { handleRestRequest, REST_PREFIX } from "@/server/http/rest-handler";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { recordingBuiltinEngine } from "@/test/helpers/builtin-engine";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { scoreStoredAnswer } from "./score-stored-answer";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);

describe("stored score confidence", () => {
  it("a stored built-in score keeps its confidence in the database, the tRPC answer and interview DTOs, and REST GET /answers/{id}", async () => {
    const candidate = await verifiedTestUser(db, "confidence");
    const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    // A short answer: the analyzer is not sure of it, so the confidence has a reason to carry.
    const submitted = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "I listened first, then we agreed on a plan." });
    const { engine, produced } = recordingBuiltinEngine("confidence");
    expect(await scoreStoredAnswer(db, submitted.answer.id, engine)).toBe("scored");
    const confidence = produced[0]!.confidence;
    expect(confidence?.level).toMatch(/^(medium|low)$/);
    expect(confidence?.reasons.length).toBeGreaterThan(0);

    const [row] = await db.select().from(scores).where(eq(scores.answerId, submitted.answer.id));
    expect(row!.confidence).toEqual(confidence);

    const { answer } = await candidate.caller.interviews.getAnswer({ id: submitted.answer.id });
    expect(answer.score?.confidence).toEqual(confidence);
    const loaded = await candidate.caller.interviews.get({ id: interview.id });
    const attempts = JSON.stringify(loaded);
    expect(attempts).toContain(JSON.stringify(confidence));

    const [user] = await db.select().from(users).where(eq(users.id, candidate.user.id));
    const { accessToken } = await issueTokenPair(db, user!);
    const response = await handle(
      new Request(`http://localhost:3999${REST_PREFIX}/answers/${submitted.answer.id}`, { headers: { authorization: `Bearer ${accessToken}` } }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer?: { score?: TScore | null }; score?: TScore | null };
    expect((body.answer ?? body).score?.confidence).toEqual(confidence);
  });

  it("a score stored before the column existed (null) comes back without confidence, not with null", async () => {
    const candidate = await verifiedTestUser(db, "confidence-old");
    const { interview } = await candidate.caller.interviews.create({ track: "coding", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    const submitted = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "Use a hash map from value to index, one pass, O(n) time and space." });
    expect(await scoreStoredAnswer(db, submitted.answer.id, recordingBuiltinEngine("confidence").engine)).toBe("scored");
    await db.update(scores).set({ confidence: null }).where(eq(scores.answerId, submitted.answer.id));
    const { answer } = await candidate.caller.interviews.getAnswer({ id: submitted.answer.id });
    expect(answer.score).not.toBeNull();
    expect(answer.score).not.toHaveProperty("confidence");
  });
});
