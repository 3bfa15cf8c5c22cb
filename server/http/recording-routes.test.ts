/**
 * The recording endpoints through the REST handler against real PostgreSQL, on both storage
 * backends (a temporary folder, and the real AWS SDK against the fake S3 server).
 */
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { recordings } from "@/db/schema/voice";
import { setEnv } from "@/test/helpers/env-overrides";
import type { TRecording } from "@/server/contracts/voice";
import { connectTestDb } from "@/test/helpers/db";
import { notifyRecordingChanged } from "@/server/voice/recordings/notify";
import { openApiDocument } from "./openapi";
import { API, restGet, restHandle, storedKeys, uploadRequest, voiceStorageForTests, voiceCandidate, wavOf } from "@/test/helpers/recordings";

const db = connectTestDb();
const voice = voiceStorageForTests();
afterEach(() => {
  voice.s3.failWrites = false;
});

async function jobsFor(recordingId: string): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'transcribe-recording' and data->>'recordingId' = ${recordingId}`);
  return [...rows][0]!.n;
}

describe.each(["local", "s3"] as const)("upload and playback: %s storage", (backend) => {
  it("stores the audio, writes the row with its WAV duration and queues one transcription job", async () => {
    voice.use(backend);
    const actor = await voiceCandidate(db, `voice-up-${backend}`);
    const audio = wavOf(1.5);
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, audio);
    expect(response.status).toBe(201);
    const { recording } = (await response.json()) as { recording: TRecording };
    expect(recording).toMatchObject({ status: "transcribing", contentType: "audio/wav", byteSize: audio.length, durationSec: 1.5, kind: "answer", answerId: null, audioUrl: `/api/v1/recordings/${recording.id}/audio` });
    expect(await jobsFor(recording.id)).toBe(1);
    expect(await storedKeys(voice.backends[backend], actor.user.id)).toHaveLength(1);

    const whole = await restGet(actor.token, `/recordings/${recording.id}/audio`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/wav");
    expect(whole.headers.get("cache-control")).toContain("private");
    expect(Buffer.from(await whole.arrayBuffer()).equals(audio)).toBe(true);

    const part = await restGet(actor.token, `/recordings/${recording.id}/audio`, { range: "bytes=4-11" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 4-11/${audio.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(audio.subarray(4, 12))).toBe(true);
    const tail = await restGet(actor.token, `/recordings/${recording.id}/audio`, { range: "bytes=-4" });
    expect(Buffer.from(await tail.arrayBuffer()).equals(audio.subarray(-4))).toBe(true);
    const beyond = await restGet(actor.token, `/recordings/${recording.id}/audio`, { range: `bytes=${audio.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${audio.length}`);
    // The API's JSON error body, as every error has (it was an empty body typed audio/wav).
    expect(beyond.headers.get("content-type")).toContain("application/json");
    expect(await beyond.json()).toMatchObject({ error: { code: "RANGE_NOT_SATISFIABLE", details: { size: audio.length } } });
  });

  it("refuses a body over VOICE_MAX_BYTES while it streams (no Content-Length) and stores nothing", async () => {
    voice.use(backend);
    setEnv({ VOICE_MAX_BYTES: "4096" });
    const actor = await voiceCandidate(db, `voice-413-${backend}`);
    const audio = wavOf(1);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= audio.length) return controller.close();
        controller.enqueue(audio.subarray(sent, sent + 1000));
        sent += 1000;
      },
    });
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, stream);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.error.message).toMatch(/larger than the limit/);
    expect(sent).toBeLessThan(audio.length);
    expect(await db.select().from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
    expect(await storedKeys(voice.backends[backend], actor.user.id)).toEqual([]);
    if (backend === "s3") expect(voice.s3.pendingUploads()).toBe(0);
  });
});

describe("upload checks", () => {
  it("answers 503 and writes no row when storage fails", async () => {
    voice.use("s3");
    const actor = await voiceCandidate(db, "voice-503");
    voice.s3.failWrites = true;
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(0.5));
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/could not be stored/);
    expect(await db.select().from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
  });

  it("refuses a text file named .wav with 415 naming what it is", async () => {
    voice.use("local");
    const actor = await voiceCandidate(db, "voice-415");
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, "This is my answer, typed into a file called answer.wav\n", { headers: { "content-type": "audio/wav" } });
    expect(response.status).toBe(415);
    const body = (await response.json()) as { error: { code: string; message: string; details: { found: string } } };
    expect(body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(body.error.details.found).toBe("plain text");
    expect(body.error.message).toMatch(/plain text, not audio/);
  });

  it("refuses a WAV longer than VOICE_MAX_SECONDS from its header, naming the limit", async () => {
    voice.use("local");
    setEnv({ VOICE_MAX_SECONDS: "5" });
    const actor = await voiceCandidate(db, "voice-long");
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(6));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/limit of 5 seconds/);
  });

  it("is 404 for another user's interview, recording and audio; 400 for a bad kind; 409 once the interview is over", async () => {
    voice.use("local");
    const owner = await voiceCandidate(db, "voice-owner");
    const other = await voiceCandidate(db, "voice-other");
    const notMine = await uploadRequest(other.token, owner.interview.id, owner.questionId, wavOf(0.5));
    expect(notMine.status).toBe(404);
    const created = await uploadRequest(owner.token, owner.interview.id, owner.questionId, wavOf(0.5));
    const { recording } = (await created.json()) as { recording: TRecording };
    expect((await restGet(other.token, `/recordings/${recording.id}`)).status).toBe(404);
    expect((await restGet(other.token, `/recordings/${recording.id}/audio`)).status).toBe(404);
    await expect(other.caller.voice.get({ id: recording.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await restGet(owner.token, `/recordings/${recording.id}`)).status).toBe(200);
    expect((await uploadRequest(owner.token, owner.interview.id, owner.questionId, wavOf(0.5), { kind: "spoken" })).status).toBe(400);
    await owner.caller.interviews.abandon({ id: owner.interview.id });
    const late = await uploadRequest(owner.token, owner.interview.id, owner.questionId, wavOf(0.5));
    expect(late.status).toBe(409);
  });

  it("stores 20 concurrent uploads once each", async () => {
    voice.use("s3");
    const actor = await voiceCandidate(db, "voice-burst");
    const responses = await Promise.all(Array.from({ length: 20 }, () => uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(0.3))));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const rows = await db.select().from(recordings).where(eq(recordings.userId, actor.user.id));
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => row.storageKey)).size).toBe(20);
    expect((await storedKeys(voice.backends.s3, actor.user.id)).sort()).toEqual(rows.map((row) => row.storageKey).sort());
  });

  it("long-polls GET /recordings/{id}?wait= until the transcription is stored, and the subscription sees it", async () => {
    voice.use("local");
    const actor = await voiceCandidate(db, "voice-wait");
    const { recording } = (await (await uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(0.5))).json()) as { recording: TRecording };
    const stream = await actor.caller.voice.onRecording({ id: recording.id });
    const iterator = stream[Symbol.asyncIterator]();
    // tracked(): [event id, data]
    const first = (await iterator.next()).value as unknown as [string, { recording: TRecording }];
    expect(first[1].recording.status).toBe("transcribing");
    const polling = restGet(actor.token, `/recordings/${recording.id}?wait=20`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.transaction(async (tx) => {
      await tx.update(recordings).set({ status: "transcribed", engine: "pocketsphinx", transcript: "hello there" }).where(eq(recordings.id, recording.id));
      await notifyRecordingChanged(tx, actor.user.id, recording.id);
    });
    const storedAt = Date.now();
    const second = (await iterator.next()).value as unknown as [string, { recording: TRecording }];
    expect(second[1].recording.transcript).toBe("hello there");
    await iterator.return?.();
    const response = await polling;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { recording: TRecording }).recording).toMatchObject({ status: "transcribed", engine: "pocketsphinx", transcript: "hello there" });
    expect(Date.now() - storedAt).toBeLessThan(5000);
  });

  it("corrects over PATCH /recordings/{id} and deletes over DELETE", async () => {
    voice.use("local");
    const actor = await voiceCandidate(db, "voice-rest-edit");
    const { recording } = (await (await uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(0.5))).json()) as { recording: TRecording };
    await db.update(recordings).set({ status: "transcribed", engine: "pocketsphinx", transcript: "hollow word" }).where(eq(recordings.id, recording.id));
    const send = (method: string, body?: unknown) =>
      restHandle(new Request(`${API}/recordings/${recording.id}`, { method, headers: { authorization: `Bearer ${actor.token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }));
    const patched = await send("PATCH", { transcript: "Hello world" });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { recording: TRecording }).recording).toMatchObject({ transcript: "hollow word", correctedTranscript: "Hello world" });
    expect((await send("PATCH", { transcript: "" })).status).toBe(400);
    expect((await send("DELETE")).status).toBe(204);
    expect((await restGet(actor.token, `/recordings/${recording.id}`)).status).toBe(404);
    expect(await storedKeys(voice.backends.local, actor.user.id)).toEqual([]);
  });

  it("documents every recording route in the OpenAPI document", () => {
    const paths = openApiDocument("http://localhost:3999").paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths["/interviews/{id}/questions/{questionId}/recordings"] ?? {})).toEqual(["post"]);
    expect(Object.keys(paths["/recordings/{id}"] ?? {}).sort()).toEqual(["delete", "get", "patch"]);
    expect(Object.keys(paths["/recordings/{id}/audio"] ?? {})).toEqual(["get"]);
    expect(Object.keys(paths["/recordings/{id}/browser-transcript"] ?? {})).toEqual(["put"]);
  });
});
