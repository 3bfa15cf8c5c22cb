/**
 * The REST contract's voice endpoints under hostile input, through the real REST handler against real
 * PostgreSQL: ids that are not the caller's, forms that repeat or garble their parts, text fields with
 * NUL bytes and lone surrogates, a burst of uploads for one question, a correction racing the
 * transcription and another correction, bad Range headers, a suspended account and an expired token.
 * Every refusal is a 4xx naming what is wrong, and leaves nothing behind.
 */
import { and, eq, sql } from "drizzle-orm";
import { SignJWT, decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { answers, users } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { getEnv, resetEnvCache } from "@/server/env";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { transcribeRecordingHandler } from "@/server/voice/job/handler";
import type { EngineChoice } from "@/server/voice/transcribe/choose-engine";
import { recordingStorage } from "@/server/voice/storage";
import { connectTestDb } from "@/test/helpers/db";
import { API, restGet, restHandle, storedKeys, voiceCandidate, voiceStorageForTests, wavOf } from "@/test/helpers/recordings";

const db = connectTestDb();
voiceStorageForTests();
afterEach(() => {
  delete process.env.VOICE_MAX_BYTES;
  resetEnvCache();
});

type TActor = Awaited<ReturnType<typeof voiceCandidate>>;
type TErrorBody = { error: { code: string; message: string; details?: { fields?: Record<string, string>; reason?: string } } };

const BOUNDARY = "----hostile0123456789";

/** A multipart body written by hand: each part is [headers, content]. */
function rawForm(parts: Array<[string, string | Buffer]>, options: { boundary?: string; end?: boolean } = {}): Buffer {
  const boundary = options.boundary ?? BOUNDARY;
  const chunks: Buffer[] = [];
  for (const [headers, content] of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from("\r\n"));
  }
  if (options.end !== false) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const field = (name: string, value: string): [string, string] => [`Content-Disposition: form-data; name="${name}"`, value];
const audioPart = (bytes: Buffer = wavOf(1), fileName = "answer.wav"): [string, Buffer] => [`Content-Disposition: form-data; name="audio"; filename="${fileName}"\r\nContent-Type: audio/wav`, bytes];

function postRaw(actor: TActor, body: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`, interviewId = actor.interview.id, token = actor.token) {
  return restHandle(
    new Request(`${API}/interviews/${interviewId}/recordings`, { method: "POST", body: new Uint8Array(body), headers: { authorization: `Bearer ${token}`, "content-type": contentType } }),
  );
}

function putTranscript(token: string, answerId: string, body: string) {
  return restHandle(new Request(`${API}/answers/${answerId}/transcript`, { method: "PUT", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }));
}

async function refusal(response: Response): Promise<{ status: number; code: string; fields: Record<string, string> | undefined; message: string }> {
  const text = await response.text();
  const body = (text ? JSON.parse(text) : { error: { code: "", message: "" } }) as TErrorBody;
  return { status: response.status, code: body.error.code, fields: body.error.details?.fields, message: body.error.message };
}

async function uploadAnswer(actor: TActor): Promise<string> {
  const response = await postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart()]));
  expect(response.status).toBe(202);
  return ((await response.json()) as { answer: { id: string } }).answer.id;
}

const engineSaying = (text: string) => (): Promise<EngineChoice> =>
  Promise.resolve({ engine: { name: "openai", available: () => Promise.resolve(true), transcribe: () => Promise.resolve({ text, engine: "openai", durationMs: 1 }) }, why: "test" });

async function transcribe(answerId: string, engine: () => Promise<EngineChoice>) {
  const [row] = await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.answerId, answerId));
  await transcribeRecordingHandler(() => db, { engine, storage: recordingStorage() }).run({ recordingId: row!.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
}

async function scoreJobs(answerId: string): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'score-answer' and data->>'answerId' = ${answerId}`);
  return [...rows][0]!.n;
}

/** Nothing an upload writes: no recording row, no answer, no stored audio. */
async function nothingKept(actor: TActor) {
  expect(await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
  expect(await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).toEqual([]);
  expect(await storedKeys(recordingStorage(), actor.user.id)).toEqual([]);
}

describe("upload: forms a client should not send", () => {
  it("a field or a file part given twice is a 400 naming it, nothing written", async () => {
    const actor = await voiceCandidate(db, "vh-twice", 2);
    const second = actor.interview.questions[1]!.questionId;
    const twoQuestions = await refusal(await postRaw(actor, rawForm([field("questionId", actor.questionId), field("questionId", second), audioPart()])));
    expect(twoQuestions).toMatchObject({ status: 400, fields: { questionId: expect.stringMatching(/more than once/) as string } });
    const twoAudio = await refusal(await postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart(), audioPart(wavOf(2))])));
    expect(twoAudio).toMatchObject({ status: 400, fields: { audio: expect.stringMatching(/more than once/) as string } });
    await nothingKept(actor);
  });

  it("NUL bytes and lone surrogates in questionId, no boundary, a truncated body, a huge part header or file name: 4xx, nothing written", async () => {
    const actor = await voiceCandidate(db, "vh-garbled");
    const cases: Array<[string, Buffer, string?]> = [
      ["NUL in questionId", rawForm([field("questionId", `${actor.questionId}\u0000`), audioPart()])],
      ["lone surrogate in questionId", rawForm([field("questionId", `${actor.questionId}\uD800`), audioPart()])],
      ["bytes that are not UTF-8 in questionId", rawForm([field("questionId", Buffer.concat([Buffer.from(actor.questionId), Buffer.from([0xc3, 0x28])]) as unknown as string), audioPart()])],
      ["no boundary", rawForm([field("questionId", actor.questionId), audioPart()]), "multipart/form-data"],
      ["another boundary", rawForm([field("questionId", actor.questionId), audioPart()]), "multipart/form-data; boundary=other"],
      ["truncated", rawForm([field("questionId", actor.questionId), audioPart()]).subarray(0, 400)],
      ["no closing boundary", rawForm([field("questionId", actor.questionId), audioPart()], { end: false })],
      ["empty body", Buffer.alloc(0)],
      ["header over the envelope", rawForm([[`Content-Disposition: form-data; name="questionId"\r\nX-Junk: ${"j".repeat(200_000)}`, actor.questionId], audioPart()])],
    ];
    process.env.VOICE_MAX_BYTES = String(64 * 1024);
    resetEnvCache();
    for (const [label, body, contentType] of cases) {
      const response = await postRaw(actor, body, contentType);
      expect([400, 413, 415], label).toContain(response.status);
      const { fields, code } = await refusal(response);
      if (response.status === 400) expect(Object.keys(fields ?? {}).length, `${label}: ${code}`).toBeGreaterThan(0);
    }
    await nothingKept(actor);
    // A long part header or file name inside the envelope's room is the client's business (neither is stored).
    const longHeader = await postRaw(actor, rawForm([[`Content-Disposition: form-data; name="questionId"\r\nX-Junk: ${"j".repeat(60_000)}`, actor.questionId], audioPart()]));
    expect(longHeader.status).toBe(202);
    const longName = await postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart(wavOf(1), "x".repeat(20_000))]));
    expect(longName.status).toBe(202);
    const nulName = await postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart(wavOf(1), "a\u0000b.wav")]));
    expect(nulName.status).toBe(202);
  });

  it("the questionId of the caller's other interview, another user's interview or a deleted question: 404, nothing written", async () => {
    const actor = await voiceCandidate(db, "vh-ids");
    const other = await voiceCandidate(db, "vh-ids-other");
    const { interview: second } = await actor.caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: 1 });
    const secondQuestion = second.questions[0]!.questionId;
    if (secondQuestion !== actor.questionId) {
      expect((await postRaw(actor, rawForm([field("questionId", secondQuestion), audioPart()]))).status).toBe(404);
    }
    expect((await postRaw(actor, rawForm([field("questionId", other.questionId), audioPart()]), undefined, other.interview.id)).status).toBe(404);
    expect((await postRaw(other, rawForm([field("questionId", actor.questionId), audioPart()]), undefined, actor.interview.id)).status).toBe(404);
    expect(await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
    expect(await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).toEqual([]);
  });
});

describe("upload: a burst", () => {
  it("20 concurrent uploads for one question: exactly 10 answers (attempts 1..10), the rest 409, no 500, no stray audio", async () => {
    const actor = await voiceCandidate(db, "vh-burst");
    const responses = await Promise.all(Array.from({ length: 20 }, () => postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart()]))));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 202)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(10);
    const rows = await db.select({ attempt: answers.attempt }).from(answers).where(eq(answers.userId, actor.user.id));
    expect(rows.map((row) => row.attempt).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id))).toHaveLength(10);
    expect(await storedKeys(recordingStorage(), actor.user.id)).toHaveLength(10);
  });
});

describe("PUT transcript: hostile text and races", () => {
  it("NUL, lone surrogates, only whitespace, over the limit, wrong types: 400 naming transcript, the answer untouched", async () => {
    const actor = await voiceCandidate(db, "vh-text");
    const id = await uploadAnswer(actor);
    await transcribe(id, engineSaying("I led the migration."));
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

  it("PUT racing the transcription's end: one job per answer, the transcript and the correction both kept", async () => {
    for (let round = 0; round < 3; round++) {
      const actor = await voiceCandidate(db, `vh-race-${round}`);
      const id = await uploadAnswer(actor);
      const [put] = await Promise.all([putTranscript(actor.token, id, JSON.stringify({ transcript: "The corrected words." })), transcribe(id, engineSaying("The engine's words."))]);
      expect([200, 409]).toContain(put.status);
      const rows = await db.select().from(answers).where(eq(answers.userId, actor.user.id));
      for (const row of rows) expect(await scoreJobs(row.id), row.id).toBe(1);
      expect(rows.find((row) => row.id === id)!.text).toBe("The engine's words.");
      if (put.status === 200) expect(rows.map((row) => row.text).sort()).toEqual(["The corrected words.", "The engine's words."]);
    }
  });

  it("two PUTs at once on a scored answer: each answer one job, the score kept, the loser a clear 409", async () => {
    const actor = await voiceCandidate(db, "vh-put-put");
    const id = await uploadAnswer(actor);
    await transcribe(id, engineSaying("I led the migration."));
    expect(await scoreStoredAnswer(db, id)).toBe("scored");
    const results = await Promise.all(["First correction.", "Second correction."].map((text) => putTranscript(actor.token, id, JSON.stringify({ transcript: text }))));
    const statuses = results.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const rows = await db.select().from(answers).where(eq(answers.userId, actor.user.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(await scoreJobs(row.id)).toBe(1);
    expect(rows.find((row) => row.id === id)!.status).toBe("scored");
  });
});

describe("PUT transcript on a closed interview", () => {
  it("a failed spoken answer of an abandoned or completed interview: 409 naming the interview's status, nothing scored", async () => {
    for (const close of ["abandon", "complete"] as const) {
      const actor = await voiceCandidate(db, `vh-closed-${close}`);
      const id = await uploadAnswer(actor);
      await transcribe(id, () => Promise.resolve({ engine: null, why: "test" }));
      if (close === "abandon") await actor.caller.interviews.abandon({ id: actor.interview.id });
      else await actor.caller.interviews.complete({ id: actor.interview.id });
      const result = await refusal(await putTranscript(actor.token, id, JSON.stringify({ transcript: "What I said." })));
      expect(result.status, close).toBe(409);
      expect(await scoreJobs(id), close).toBe(0);
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
    }
  });

  it("a suspended account and an expired token: refused on all three endpoints, nothing written", async () => {
    const actor = await voiceCandidate(db, "vh-callers");
    const id = await uploadAnswer(actor);
    await transcribe(id, engineSaying("I led the migration."));
    const claims = decodeJwt(actor.token);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 3600, exp: now - 60 })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(new TextEncoder().encode(`api-access-token:${getEnv().AUTH_SECRET}`));
    const form = rawForm([field("questionId", actor.questionId), audioPart()]);
    expect((await postRaw(actor, form, undefined, undefined, expired)).status).toBe(401);
    expect((await putTranscript(expired, id, JSON.stringify({ transcript: "Changed." }))).status).toBe(401);
    expect((await restGet(expired, `/answers/${id}/audio`)).status).toBe(401);

    await db.update(users).set({ status: "suspended" }).where(eq(users.id, actor.user.id));
    for (const response of [
      await postRaw(actor, form),
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
