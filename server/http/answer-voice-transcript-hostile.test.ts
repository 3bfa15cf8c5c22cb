/**
 * PUT /answers/{id}/transcript and GET /answers/{id}/audio under hostile input, through the real REST
 * handler against real PostgreSQL: text with NUL bytes, lone surrogates, only whitespace or over the
 * limit, a correction racing the transcription's end or another correction, a closed interview, bad
 * Range headers, a suspended account and an expired token. Each refusal is a 4xx naming what is wrong
 * and leaves the answer, its recording and the score jobs as they were. (Uploads: answer-voice-hostile.test.ts.)
 */
import { and, eq } from "drizzle-orm";
import { SignJWT, decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { answers, users } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { getEnv } from "@/server/env";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { engineSaying, transcribeAnswer, scoreJobCount, type TRestErrorBody, type TVoiceActor } from "@/test/helpers/answer-voice";
import { connectTestDb } from "@/test/helpers/db";
import { API, restGet, restHandle, voiceCandidate, voiceStorageForTests, wavOf } from "@/test/helpers/recordings";

const db = connectTestDb();
voiceStorageForTests();


function upload(actor: TVoiceActor, token = actor.token) {
  const form = new FormData();
  form.append("questionId", actor.questionId);
  form.append("audio", new Blob([new Uint8Array(wavOf(1))], { type: "audio/wav" }), "answer.wav");
  return restHandle(new Request(`${API}/interviews/${actor.interview.id}/recordings`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } }));
}

async function uploadAnswer(actor: TVoiceActor): Promise<string> {
  const response = await upload(actor);
  expect(response.status).toBe(202);
  return ((await response.json()) as { answer: { id: string } }).answer.id;
}

function putTranscript(token: string, answerId: string, body: string) {
  return restHandle(new Request(`${API}/answers/${answerId}/transcript`, { method: "PUT", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }));
}

async function refusal(response: Response): Promise<{ status: number; code: string; fields: Record<string, string> | undefined }> {
  const text = await response.text();
  const body = (text ? JSON.parse(text) : { error: { code: "" } }) as TRestErrorBody;
  return { status: response.status, code: body.error?.code ?? "", fields: body.error?.details?.fields };
}


describe("PUT transcript: hostile text and races", () => {
  it("NUL, lone surrogates, only whitespace, over the limit, wrong types: 400 naming transcript, the answer untouched", async () => {
    const actor = await voiceCandidate(db, "vh-text");
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, engineSaying("I led the migration."));
    const [before] = await db.select().from(answers).where(eq(answers.id, id));
    const bodies = [
      JSON.stringify({ transcript: "I led\u0000 the migration" }),
      '{"transcript":"I led the migration \\ud800"}',
      JSON.stringify({ transcript: " \n\t  " }),
      JSON.stringify({ transcript: "word ".repeat(2_001) }),
      JSON.stringify({ transcript: 42 }),
      JSON.stringify({ transcript: ["a"] }),
      JSON.stringify({}),
    ];
    for (const body of bodies) {
      const result = await refusal(await putTranscript(actor.token, id, body));
      expect(result.status, body.slice(0, 60)).toBe(400);
      expect(Object.keys(result.fields ?? {}), body.slice(0, 60)).toEqual(["transcript"]);
    }
    for (const body of ["null", "[]", '"text"', ""]) {
      const result = await refusal(await putTranscript(actor.token, id, body));
      expect(result.status, body).toBe(400);
    }
    const [after] = await db.select().from(answers).where(eq(answers.id, id));
    expect(after).toEqual(before);
    const [recording] = await db.select({ corrected: recordings.correctedTranscript }).from(recordings).where(eq(recordings.answerId, id));
    expect(recording!.corrected).toBeNull();
    expect(await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).toHaveLength(1);
  });

  it("a correction refused for the attempt cap or a body over the limit leaves the recording and answers as they were", async () => {
    const actor = await voiceCandidate(db, "vh-cap-put");
    for (let attempt = 1; attempt <= 9; attempt++) {
      await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: `Typed attempt number ${attempt} about the migration.` });
    }
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, engineSaying("I led the migration."));
    const capped = await refusal(await putTranscript(actor.token, id, JSON.stringify({ transcript: "The corrected words." })));
    expect(capped).toMatchObject({ status: 409, code: "CONFLICT" });
    const huge = await putTranscript(actor.token, id, JSON.stringify({ transcript: "x".repeat(2_000_000) }));
    expect([400, 413]).toContain(huge.status);
    const [recording] = await db.select({ corrected: recordings.correctedTranscript, answerId: recordings.answerId }).from(recordings).where(eq(recordings.userId, actor.user.id));
    expect(recording).toEqual({ corrected: null, answerId: id });
    expect(await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).toHaveLength(10);
    expect(await scoreJobCount(db, id)).toBe(1);
  });

  it("PUT racing the transcription's end: one job per answer, the transcript and the correction both kept", async () => {
    for (let round = 0; round < 3; round++) {
      const actor = await voiceCandidate(db, `vh-race-${round}`);
      const id = await uploadAnswer(actor);
      const [put] = await Promise.all([putTranscript(actor.token, id, JSON.stringify({ transcript: "The corrected words." })), transcribeAnswer(db, id, engineSaying("The engine's words."))]);
      expect([200, 409]).toContain(put.status);
      const rows = await db.select().from(answers).where(eq(answers.userId, actor.user.id));
      for (const row of rows) expect(await scoreJobCount(db, row.id), row.id).toBe(1);
      expect(rows.find((row) => row.id === id)!.text).toBe("The engine's words.");
      if (put.status === 200) expect(rows.map((row) => row.text).sort()).toEqual(["The corrected words.", "The engine's words."]);
    }
  });

  it("two PUTs at once on a scored answer: each answer one job, the score kept, the loser a clear 409", async () => {
    const actor = await voiceCandidate(db, "vh-put-put");
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, engineSaying("I led the migration."));
    expect(await scoreStoredAnswer(db, id)).toBe("scored");
    const results = await Promise.all(["First correction.", "Second correction."].map((text) => putTranscript(actor.token, id, JSON.stringify({ transcript: text }))));
    const statuses = results.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const rows = await db.select().from(answers).where(eq(answers.userId, actor.user.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(await scoreJobCount(db, row.id)).toBe(1);
    expect(rows.find((row) => row.id === id)!.status).toBe("scored");
  });
});

describe("PUT transcript on a closed interview", () => {
  it("a failed spoken answer of an abandoned or completed interview: 409 naming the interview's status, nothing scored", async () => {
    for (const close of ["abandon", "complete"] as const) {
      const actor = await voiceCandidate(db, `vh-closed-${close}`);
      const id = await uploadAnswer(actor);
      await transcribeAnswer(db, id, () => Promise.resolve({ engine: null, why: "test" }));
      if (close === "abandon") await actor.caller.interviews.abandon({ id: actor.interview.id });
      else await actor.caller.interviews.complete({ id: actor.interview.id });
      const result = await refusal(await putTranscript(actor.token, id, JSON.stringify({ transcript: "What I said." })));
      expect(result.status, close).toBe(409);
      expect(await scoreJobCount(db, id), close).toBe(0);
      const [answer] = await db.select({ status: answers.status, text: answers.text }).from(answers).where(eq(answers.id, id));
      expect(answer, close).toEqual({ status: "failed", text: "" });
    }
  });
});

describe("audio and callers", () => {
  it("bad Range headers: ignored (200) or 416, never a 500", async () => {
    const actor = await voiceCandidate(db, "vh-range");
    const id = await uploadAnswer(actor);
    for (const range of ["bytes=", "bytes=-", "bytes=abc", "bytes=5-2", "bytes=999999-", "bytes=0-1,4-5", "items=0-1", "bytes=-0", "bytes=1e3-", "bytes=00000000000000000000000000001-2", "bytes=0-99999999999999999999"]) {
      const response = await restGet(actor.token, `/answers/${id}/audio`, { range });
      expect([200, 206, 416], range).toContain(response.status);
      await response.arrayBuffer();
      const head = await restHandle(new Request(`${API}/answers/${id}/audio`, { method: "HEAD", headers: { authorization: `Bearer ${actor.token}`, range } }));
      expect(head.status, `HEAD ${range}`).toBe(response.status);
    }
  });

  it("a suspended account and an expired token: refused on all three endpoints, nothing written", async () => {
    const actor = await voiceCandidate(db, "vh-callers");
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, engineSaying("I led the migration."));
    const claims = decodeJwt(actor.token);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 3600, exp: now - 60 })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(new TextEncoder().encode(`api-access-token:${getEnv().AUTH_SECRET}`));
    expect((await upload(actor, expired)).status).toBe(401);
    expect((await putTranscript(expired, id, JSON.stringify({ transcript: "Changed." }))).status).toBe(401);
    expect((await restGet(expired, `/answers/${id}/audio`)).status).toBe(401);

    await db.update(users).set({ status: "suspended" }).where(eq(users.id, actor.user.id));
    for (const response of [
      await upload(actor),
      await putTranscript(actor.token, id, JSON.stringify({ transcript: "Changed." })),
      await restGet(actor.token, `/answers/${id}/audio`),
    ]) {
      expect([401, 403]).toContain(response.status);
    }
    expect(await db.select({ id: answers.id }).from(answers).where(and(eq(answers.userId, actor.user.id)))).toHaveLength(1);
    const [recording] = await db.select({ corrected: recordings.correctedTranscript }).from(recordings).where(eq(recordings.answerId, id));
    expect(recording!.corrected).toBeNull();
  });
});

it("another method on the three paths is a 405 naming what they take, with Allow (the adapter said 404)", async () => {
  const actor = await voiceCandidate(db, "vh-methods");
  const id = crypto.randomUUID();
  const cases: Array<[string, string, string]> = [
    ["GET", `/answers/${id}/transcript`, "PUT"],
    ["POST", `/answers/${id}/transcript`, "PUT"],
    ["DELETE", `/answers/${id}/audio`, "GET, HEAD"],
    ["PUT", `/answers/${id}/audio`, "GET, HEAD"],
    ["GET", `/interviews/${actor.interview.id}/recordings`, "POST"],
    ["DELETE", `/interviews/${actor.interview.id}/recordings`, "POST"],
  ];
  for (const [method, path, allow] of cases) {
    const response = await restHandle(new Request(`${API}${path}`, { method, headers: { authorization: `Bearer ${actor.token}` } }));
    expect(response.status, `${method} ${path}`).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(((await response.json()) as TRestErrorBody).error.code).toBe("METHOD_NOT_ALLOWED");
  }
});
