/**
 * The REST contract's voice endpoints (api-v1.md "Additions") through the REST handler against real
 * PostgreSQL: POST /interviews/{id}/recordings (multipart) → 202 answer, the transcription job settling
 * that answer (transcript → one score-answer job; failure → failed with a reason), PUT
 * /answers/{id}/transcript re-scoring from the correction, GET /answers/{id}/audio, and every refusal.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, scores, users } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import type { TAnswer } from "@/server/contracts/interviews";
import { withEnv } from "@/test/helpers/env-overrides";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { FAILURE_REASONS } from "@/server/voice/job/failure-reasons";
import { engineSaying, noEngine, transcribeAnswer, scoreJobCount, type TRestErrorBody, type TVoiceActor } from "@/test/helpers/answer-voice";
import { connectTestDb } from "@/test/helpers/db";
import { API, restGet, restHandle, voiceCandidate, voiceStorageForTests, wavOf } from "@/test/helpers/recordings";
import { openApiDocument } from "./openapi";

const db = connectTestDb();
voiceStorageForTests();

const SPOKEN = "um so I I led the the migration and we shipped it with zero downtime";
const CORRECTED = "So I led the migration, and we shipped it with zero downtime.";

function uploadForm(actor: TVoiceActor, parts: { questionId?: string; audio?: Blob | string }, interviewId = actor.interview.id) {
  const form = new FormData();
  if (parts.questionId !== undefined) form.append("questionId", parts.questionId);
  if (typeof parts.audio === "string") form.append("audio", parts.audio);
  else if (parts.audio) form.append("audio", parts.audio, "answer.wav");
  return restHandle(new Request(`${API}/interviews/${interviewId}/recordings`, { method: "POST", body: form, headers: { authorization: `Bearer ${actor.token}` } }));
}

const wavBlob = (seconds = 1) => new Blob([new Uint8Array(wavOf(seconds))], { type: "audio/wav" });

async function uploadAnswer(actor: TVoiceActor): Promise<string> {
  const response = await uploadForm(actor, { questionId: actor.questionId, audio: wavBlob() });
  expect(response.status).toBe(202);
  const body = (await response.json()) as { answer: { id: string; status: string } };
  expect(body.answer.status).toBe("transcribing");
  return body.answer.id;
}

function putTranscript(token: string, answerId: string, body: string) {
  return restHandle(new Request(`${API}/answers/${answerId}/transcript`, { method: "PUT", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }));
}

async function getAnswer(actor: TVoiceActor, id: string): Promise<TAnswer> {
  const response = await restGet(actor.token, `/answers/${id}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { answer: TAnswer }).answer;
}


async function scoreCount(answerId: string): Promise<number> {
  return (await db.select({ id: scores.id }).from(scores).where(eq(scores.answerId, answerId))).length;
}

describe("POST /interviews/{id}/recordings → transcription → score", () => {
  it("answers 202, and the transcript becomes the answer's text with exactly one scoring job", async () => {
    const actor = await voiceCandidate(db, "va-flow");
    const id = await uploadAnswer(actor);
    const waiting = await getAnswer(actor, id);
    expect(waiting).toMatchObject({ status: "pending", text: "", transcript: null, transcriptSource: null, delivery: null, audioUrl: `/api/v1/answers/${id}/audio` });
    expect(await scoreJobCount(db, id)).toBe(0);

    await transcribeAnswer(db, id, engineSaying(SPOKEN));
    await transcribeAnswer(db, id, engineSaying("a second run changes nothing"));
    expect(await scoreJobCount(db, id)).toBe(1);
    const transcribed = await getAnswer(actor, id);
    expect(transcribed).toMatchObject({ status: "pending", text: SPOKEN, transcript: SPOKEN, transcriptSource: "openai", transcriptionFailure: null });
    expect(transcribed.delivery).toMatchObject({ longPauses: expect.any(Number) as number, talkSeconds: 1 });
    expect(transcribed.delivery!.fillers).toContainEqual({ word: "um", count: 1 });

    expect(await scoreStoredAnswer(db, id)).toBe("scored");
    expect(await scoreStoredAnswer(db, id)).toBe("already_scored");
    expect(await scoreCount(id)).toBe(1);
    expect((await getAnswer(actor, id)).score).not.toBeNull();
  });

  it("a failed transcription fails the answer with a reason; PUT transcript scores the correction on the same answer", async () => {
    const actor = await voiceCandidate(db, "va-failed");
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, noEngine);
    const failed = await getAnswer(actor, id);
    expect(failed).toMatchObject({ status: "failed", transcript: null, transcriptionFailure: { code: "noEngine", message: FAILURE_REASONS.noEngine } });
    expect(await scoreJobCount(db, id)).toBe(0);

    const response = await putTranscript(actor.token, id, JSON.stringify({ transcript: CORRECTED }));
    expect(response.status).toBe(200);
    const { answer } = (await response.json()) as { answer: TAnswer };
    expect(answer).toMatchObject({ id, status: "pending", text: CORRECTED, transcript: CORRECTED, transcriptSource: "edited", transcriptionFailure: null });
    expect(await scoreJobCount(db, id)).toBe(1);
    expect(await scoreStoredAnswer(db, id)).toBe("scored");
  });

  it("PUT transcript on a scored answer: a new attempt scored from the correction, the original answer, transcript and score kept", async () => {
    const actor = await voiceCandidate(db, "va-rescore");
    const id = await uploadAnswer(actor);
    expect((await putTranscript(actor.token, id, JSON.stringify({ transcript: CORRECTED }))).status).toBe(409);
    await transcribeAnswer(db, id, engineSaying(SPOKEN));
    await scoreStoredAnswer(db, id);
    const before = await getAnswer(actor, id);

    const response = await putTranscript(actor.token, id, JSON.stringify({ transcript: CORRECTED }));
    expect(response.status).toBe(200);
    const { answer } = (await response.json()) as { answer: TAnswer };
    expect(answer.id).not.toBe(id);
    expect(answer).toMatchObject({ status: "pending", attempt: before.attempt + 1, text: CORRECTED, transcript: CORRECTED, transcriptSource: "edited", prompt: before.prompt });
    expect(answer.voice).toMatchObject({ transcript: SPOKEN, correctedTranscript: CORRECTED });
    expect(answer.audioUrl).toBe(`/api/v1/answers/${answer.id}/audio`);
    expect(await scoreJobCount(db, answer.id)).toBe(1);
    expect(await scoreJobCount(db, id)).toBe(1);

    const original = await getAnswer(actor, id);
    expect(original).toMatchObject({ status: before.status, text: SPOKEN, transcript: null });
    expect(original.score).toEqual(before.score);
    await scoreStoredAnswer(db, answer.id);
    expect([await scoreCount(id), await scoreCount(answer.id)]).toEqual([1, 1]);
    // The original no longer has the recording: its correction is the later attempt's.
    expect((await putTranscript(actor.token, id, JSON.stringify({ transcript: "again" }))).status).toBe(409);
  });
});

describe("GET /answers/{id}/audio", () => {
  it("plays for the owner (with Range) and an admin; 404 for others and typed answers; 410 after retention", async () => {
    const owner = await voiceCandidate(db, "va-audio");
    const other = await voiceCandidate(db, "va-audio-other");
    const admin = await voiceCandidate(db, "va-audio-admin");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
    const [adminRow] = await db.select().from(users).where(eq(users.id, admin.user.id));
    const adminToken = (await issueTokenPair(db, adminRow!)).accessToken;
    const id = await uploadAnswer(owner);
    const audio = wavOf(1);

    const whole = await restGet(owner.token, `/answers/${id}/audio`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/wav");
    expect(Buffer.from(await whole.arrayBuffer()).equals(audio)).toBe(true);
    const part = await restGet(owner.token, `/answers/${id}/audio`, { range: "bytes=4-11" });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(audio.subarray(4, 12))).toBe(true);
    expect((await restGet(other.token, `/answers/${id}/audio`)).status).toBe(404);
    expect((await restGet(adminToken, `/answers/${id}/audio`)).status).toBe(200);
    // The answer's own link (voice.audioUrl, /recordings/{id}/audio) plays for the admin too, not for others.
    const audioUrl = (await getAnswer(owner, id)).audioUrl!;
    const recordingPath = new URL(audioUrl, "http://localhost").pathname.replace(/^\/api\/v1/, "");
    expect((await restGet(adminToken, recordingPath)).status).toBe(200);
    expect((await restGet(other.token, recordingPath)).status).toBe(404);

    const typed = await other.caller.interviews.submitAnswer({ id: other.interview.id, questionId: other.questionId, answer: "A typed answer about the migration." });
    expect((await restGet(other.token, `/answers/${typed.answer.id}/audio`)).status).toBe(404);
    await db.update(recordings).set({ storageKey: null }).where(eq(recordings.answerId, id));
    expect((await restGet(owner.token, `/answers/${id}/audio`)).status).toBe(410);
    expect((await getAnswer(owner, id)).audioUrl).toBeNull();
  });
});

describe("refusals", () => {
  it("upload: 400 naming the field, 404 others' interview or unknown question, 409 closed or attempts used, 413, 415", async () => {
    const actor = await voiceCandidate(db, "va-refuse");
    const other = await voiceCandidate(db, "va-refuse-other");
    const fieldsOf = async (response: Response) => ((await response.json()) as TRestErrorBody).error.details?.fields;

    const notMultipart = await restHandle(new Request(`${API}/interviews/${actor.interview.id}/recordings`, { method: "POST", body: new Uint8Array(wavOf(1)), headers: { authorization: `Bearer ${actor.token}`, "content-type": "audio/wav" } }));
    expect(notMultipart.status).toBe(400);
    const noQuestion = await uploadForm(actor, { audio: wavBlob() });
    expect(noQuestion.status).toBe(400);
    expect(await fieldsOf(noQuestion)).toEqual({ questionId: "required" });
    const badQuestion = await uploadForm(actor, { questionId: "nope", audio: wavBlob() });
    expect(await fieldsOf(badQuestion)).toEqual({ questionId: "must be a UUID" });
    const noAudio = await uploadForm(actor, { questionId: actor.questionId });
    expect(noAudio.status).toBe(400);
    expect(await fieldsOf(noAudio)).toEqual({ audio: "required" });
    expect(await fieldsOf(await uploadForm(actor, { questionId: actor.questionId, audio: "not a file" }))).toEqual({ audio: "must be a file" });
    expect((await uploadForm(actor, { questionId: actor.questionId, audio: wavBlob() }, "not-a-uuid")).status).toBe(400);

    expect((await uploadForm(other, { questionId: actor.questionId, audio: wavBlob() }, actor.interview.id)).status).toBe(404);
    expect((await uploadForm(actor, { questionId: other.questionId === actor.questionId ? crypto.randomUUID() : other.questionId, audio: wavBlob() })).status).toBe(404);
    const text = await uploadForm(actor, { questionId: actor.questionId, audio: new Blob(["This is my answer, typed into a file called answer.wav\n"]) });
    expect(text.status).toBe(415);

    const large = await withEnv({ VOICE_MAX_BYTES: "4096" }, () => uploadForm(actor, { questionId: actor.questionId, audio: wavBlob(1) }));
    expect(large.status).toBe(413);
    expect(((await large.json()) as TRestErrorBody).error.code).toBe("PAYLOAD_TOO_LARGE");

    for (let attempt = 1; attempt <= 10; attempt++) {
      await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: `Typed attempt number ${attempt} about the migration.` });
    }
    const used = await uploadForm(actor, { questionId: actor.questionId, audio: wavBlob() });
    expect(used.status).toBe(409);
    expect(((await used.json()) as TRestErrorBody).error.details?.reason).toBe("attempt_limit");
    await actor.caller.interviews.abandon({ id: actor.interview.id });
    expect((await uploadForm(actor, { questionId: actor.questionId, audio: wavBlob() })).status).toBe(409);
    // Nothing the refusals touched was kept: no recording, no answer made by an upload.
    expect(await db.select().from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
    expect(await db.select().from(answers).where(and(eq(answers.userId, actor.user.id), eq(answers.text, "")))).toEqual([]);
  });

  it("PUT transcript: 404 another user's answer, 409 a typed answer, 400 bad bodies; a typed answer's voice fields are null", async () => {
    const actor = await voiceCandidate(db, "va-put");
    const other = await voiceCandidate(db, "va-put-other");
    const id = await uploadAnswer(actor);
    await transcribeAnswer(db, id, engineSaying(SPOKEN));
    expect((await putTranscript(other.token, id, JSON.stringify({ transcript: CORRECTED }))).status).toBe(404);
    const empty = await putTranscript(actor.token, id, JSON.stringify({ transcript: "" }));
    expect(empty.status).toBe(400);
    expect(Object.keys(((await empty.json()) as TRestErrorBody).error.details?.fields ?? {})).toEqual(["transcript"]);
    expect((await putTranscript(actor.token, id, "{not json")).status).toBe(400);
    expect((await putTranscript(actor.token, id, JSON.stringify({ transcript: "x".repeat(10_001) }))).status).toBe(400);

    const typed = await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: "A typed answer about the migration." });
    const typedPut = await putTranscript(actor.token, typed.answer.id, JSON.stringify({ transcript: CORRECTED }));
    expect(typedPut.status).toBe(409);
    expect(((await typedPut.json()) as TRestErrorBody).error.message).toMatch(/has no recording/);
    expect(await getAnswer(actor, typed.answer.id)).toMatchObject({ transcript: null, transcriptSource: null, delivery: null, audioUrl: null, transcriptionFailure: null, voice: null });
  });
});

it("documents the three endpoints in the OpenAPI document", () => {
  const paths = openApiDocument("http://localhost:3999").paths as Record<string, Record<string, unknown>>;
  expect(Object.keys(paths["/interviews/{id}/recordings"] ?? {})).toEqual(["post"]);
  expect(Object.keys(paths["/answers/{id}/transcript"] ?? {})).toEqual(["put"]);
  expect(Object.keys(paths["/answers/{id}/audio"] ?? {})).toEqual(["get"]);
});
