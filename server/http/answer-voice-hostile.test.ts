/**
 * POST /interviews/{id}/recordings under hostile input, through the real REST handler against real
 * PostgreSQL: ids that are not the caller's, forms that repeat or garble their parts, text fields with
 * NUL bytes and lone surrogates, a burst of uploads for one question (alone and racing typed submits).
 * Every refusal is a 4xx naming what is wrong, and leaves nothing behind. (The transcript and audio
 * endpoints: answer-voice-transcript-hostile.test.ts.)
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { setEnv } from "@/test/helpers/env-overrides";
import { recordingStorage } from "@/server/voice/storage";
import { type TRestErrorBody, type TVoiceActor } from "@/test/helpers/answer-voice";
import { connectTestDb } from "@/test/helpers/db";
import { API, restHandle, storedKeys, voiceCandidate, voiceStorageForTests, wavOf } from "@/test/helpers/recordings";

const db = connectTestDb();
voiceStorageForTests();

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

function postRaw(actor: TVoiceActor, body: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`, interviewId = actor.interview.id, token = actor.token) {
  return restHandle(
    new Request(`${API}/interviews/${interviewId}/recordings`, { method: "POST", body: new Uint8Array(body), headers: { authorization: `Bearer ${token}`, "content-type": contentType } }),
  );
}

async function refusal(response: Response): Promise<{ status: number; code: string; fields: Record<string, string> | undefined; message: string }> {
  const text = await response.text();
  const body = (text ? JSON.parse(text) : { error: { code: "", message: "" } }) as TRestErrorBody;
  return { status: response.status, code: body.error.code, fields: body.error.details?.fields, message: body.error.message };
}

/** Nothing an upload writes: no recording row, no answer, no stored audio. */
async function nothingKept(actor: TVoiceActor) {
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
    setEnv({ VOICE_MAX_BYTES: String(64 * 1024) });
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

describe("upload and typed submits racing for the last attempts", () => {
  it("10 uploads and 10 typed submits at once: exactly 10 answers, no 500", async () => {
    const actor = await voiceCandidate(db, "vh-mixed");
    const uploads = Array.from({ length: 10 }, () => postRaw(actor, rawForm([field("questionId", actor.questionId), audioPart()])).then((response) => response.status));
    const typed = Array.from({ length: 10 }, (_, n) =>
      restHandle(
        new Request(`${API}/interviews/${actor.interview.id}/answers`, {
          method: "POST",
          body: JSON.stringify({ questionId: actor.questionId, answer: `Typed answer number ${n} about the migration.` }),
          headers: { authorization: `Bearer ${actor.token}`, "content-type": "application/json" },
        }),
      ).then((response) => response.status),
    );
    const statuses = await Promise.all([...uploads, ...typed]);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 202)).toHaveLength(10);
    const rows = await db.select({ attempt: answers.attempt }).from(answers).where(eq(answers.userId, actor.user.id));
    expect(rows.map((row) => row.attempt).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const linked = await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id));
    expect(await storedKeys(recordingStorage(), actor.user.id)).toHaveLength(linked.length);
  });
});
