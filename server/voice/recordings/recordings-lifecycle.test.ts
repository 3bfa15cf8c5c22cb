/**
 * A recording's life after upload, against real PostgreSQL: correction beside the original, submit
 * linking (once, same question and kind only), deletion with the account and the interview on both
 * storage backends, the retention job and the orphan sweep.
 */
import { eq, sql } from "drizzle-orm";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema/rate-limits";
import { recordings } from "@/db/schema/voice";
import { RECORDINGS_PER_USER } from "@/server/rate-limit/fixed-window";
import type { TRecording } from "@/server/contracts/voice";
import { recordingStorage } from "@/server/voice/storage";
import { newRecordingKey } from "@/server/voice/storage/keys";
import { connectTestDb } from "@/test/helpers/db";
import { restGet, storedKeys, uploadRequest, voiceStorageForTests, voiceCandidate, wavOf } from "@/test/helpers/recordings";
import { expireOldAudio, ORPHAN_GRACE_MS, sweepOrphanAudio } from "./retention";

const db = connectTestDb();
const voice = voiceStorageForTests();

type TActor = Awaited<ReturnType<typeof voiceCandidate>>;

async function upload(actor: TActor, questionId = actor.questionId): Promise<TRecording> {
  const response = await uploadRequest(actor.token, actor.interview.id, questionId, wavOf(1));
  expect(response.status).toBe(201);
  return ((await response.json()) as { recording: TRecording }).recording;
}

/** What the transcription job (V2's) leaves behind, written directly. */
async function markTranscribed(id: string, transcript: string) {
  await db.update(recordings).set({ status: "transcribed", engine: "openai", transcript, transcribedAt: new Date() }).where(eq(recordings.id, id));
}

describe("correction and browser draft", () => {
  it("keeps the correction beside the engine's transcript, recomputes delivery, refuses NUL bytes and changes after submit", async () => {
    const actor = await voiceCandidate(db, "voice-correct");
    const recording = await upload(actor);
    await expect(actor.caller.voice.correct({ id: recording.id, transcript: "too early" })).rejects.toMatchObject({ code: "CONFLICT" });
    await markTranscribed(recording.id, "um so I I led the the migration");
    const { recording: corrected } = await actor.caller.voice.correct({ id: recording.id, transcript: "So I led the migration, and we shipped it with zero downtime." });
    expect(corrected.transcript).toBe("um so I I led the the migration");
    expect(corrected.correctedTranscript).toBe("So I led the migration, and we shipped it with zero downtime.");
    expect(corrected.delivery?.wordCount).toBe(12);
    await expect(actor.caller.voice.correct({ id: recording.id, transcript: "a\u0000b" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { recording: drafted } = await actor.caller.voice.saveBrowserTranscript({ id: recording.id, text: "so I led the migration" });
    expect(drafted.browserTranscript).toBe("so I led the migration");

    await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: corrected.correctedTranscript!, recordingId: recording.id });
    await expect(actor.caller.voice.correct({ id: recording.id, transcript: "later" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(actor.caller.voice.delete({ id: recording.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("submit with a recording", () => {
  it("links it to the answer in the submit; a replay returns the same answer; it cannot be used twice", async () => {
    const actor = await voiceCandidate(db, "voice-submit");
    const recording = await upload(actor);
    const text = "I split the migration into reversible steps and we shipped with zero downtime.";
    await expect(actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: text, recordingId: recording.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await markTranscribed(recording.id, text);
    const first = await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: text, recordingId: recording.id });
    const replay = await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: text, recordingId: recording.id });
    expect(replay.answer.id).toBe(first.answer.id);
    const [row] = await db.select().from(recordings).where(eq(recordings.id, recording.id));
    expect(row!.answerId).toBe(first.answer.id);
    const again = actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: `${text} Again.`, recordingId: recording.id });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT" });
    const exported = (await actor.caller.me.export()) as { recordings?: Array<Record<string, unknown>> };
    expect(exported.recordings?.[0]).toMatchObject({ id: recording.id, answerId: first.answer.id, transcript: text, audioStored: true });
    expect(JSON.stringify(exported.recordings)).not.toContain("recordings/");
    const { answer } = await actor.caller.interviews.getAnswer({ id: first.answer.id });
    expect(answer.voice).toMatchObject({ recordingId: recording.id, engine: "openai", transcript: text, audioUrl: `/api/v1/recordings/${recording.id}/audio` });
    const typed = await actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: actor.questionId, answer: "A typed attempt with no recording at all." });
    expect((await actor.caller.interviews.getAnswer({ id: typed.answer.id })).answer.voice).toBeNull();
  });

  it("refuses a recording of another question, of another kind, or of another user", async () => {
    const actor = await voiceCandidate(db, "voice-other-q", 2);
    const other = await voiceCandidate(db, "voice-other-user");
    const recording = await upload(actor);
    await markTranscribed(recording.id, "An answer to the first question.");
    const secondQuestion = actor.interview.questions[1]!.questionId;
    await expect(actor.caller.interviews.submitAnswer({ id: actor.interview.id, questionId: secondQuestion, answer: "An answer.", recordingId: recording.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(other.caller.interviews.submitAnswer({ id: other.interview.id, questionId: other.questionId, answer: "An answer.", recordingId: recording.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await db.select().from(recordings).where(eq(recordings.id, recording.id));
    expect(row!.answerId).toBeNull();
  });
});

describe.each(["local", "s3"] as const)("deletion: %s storage", (backend) => {
  it("deletes the audio with the account and with the interview", async () => {
    voice.use(backend);
    const storage = recordingStorage();
    const leaving = await voiceCandidate(db, `voice-leave-${backend}`);
    await upload(leaving);
    await upload(leaving);
    expect(await storedKeys(storage, leaving.user.id)).toHaveLength(2);
    await leaving.caller.me.delete({ password: leaving.password });
    expect(await storedKeys(storage, leaving.user.id)).toEqual([]);

    const staying = await voiceCandidate(db, `voice-stay-${backend}`);
    const kept = await voiceCandidate(db, `voice-kept-${backend}`);
    await upload(staying);
    await upload(kept);
    await staying.caller.interviews.delete({ id: staying.interview.id });
    expect(await storedKeys(storage, staying.user.id)).toEqual([]);
    expect(await storedKeys(storage, kept.user.id)).toHaveLength(1);

    const single = await upload(kept);
    await kept.caller.voice.delete({ id: single.id });
    expect(await storedKeys(storage, kept.user.id)).toHaveLength(1);
    voice.use("local");
  });
});

describe("retention", () => {
  it("deletes audio past the retention period, keeps the transcript, and playback says it is gone", async () => {
    voice.use("local");
    const actor = await voiceCandidate(db, "voice-retention");
    const old = await upload(actor);
    const recent = await upload(actor);
    await markTranscribed(old.id, "An old answer.");
    await db.update(recordings).set({ createdAt: new Date(Date.now() - 91 * 86_400_000) }).where(eq(recordings.id, old.id));
    expect(await expireOldAudio(db, recordingStorage(), 0)).toEqual({ expired: 0 });
    const { expired } = await expireOldAudio(db, recordingStorage(), 90);
    expect(expired).toBeGreaterThanOrEqual(1);
    const { recording } = await actor.caller.voice.get({ id: old.id });
    expect(recording).toMatchObject({ transcript: "An old answer.", audioUrl: null });
    const [row] = await db.select().from(recordings).where(eq(recordings.id, old.id));
    expect(row!.audioDeletedAt).not.toBeNull();
    expect(await storedKeys(recordingStorage(), actor.user.id)).toHaveLength(1);
    const gone = await restGet(actor.token, `/recordings/${old.id}/audio`);
    expect(gone.status).toBe(410);
    expect((await restGet(actor.token, `/recordings/${recent.id}/audio`)).status).toBe(200);
  });

  it("sweeps stored objects that no row refers to, once past the grace period", async () => {
    voice.use("s3");
    const actor = await voiceCandidate(db, "voice-orphans");
    const kept = await upload(actor);
    const orphan = newRecordingKey(actor.user.id);
    await recordingStorage().put(orphan, Readable.from([wavOf(0.2)]), "audio/wav");
    expect((await sweepOrphanAudio(db, recordingStorage())).deleted).toBe(0);
    await sweepOrphanAudio(db, recordingStorage(), new Date(Date.now() + ORPHAN_GRACE_MS + 1000));
    const left = await storedKeys(recordingStorage(), actor.user.id);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(orphan);
    expect((await restGet(actor.token, `/recordings/${kept.id}/audio`)).status).toBe(200);
    voice.use("local");
  });
});

describe("upload budget", () => {
  it("refuses an upload past the account's hourly budget with 429 before storing anything (found in a hostile pass: uploads had no limit)", async () => {
    const actor = await voiceCandidate(db, "voice-budget");
    await db.insert(rateLimits).values({ key: `recordings:user:${actor.user.id}`, count: RECORDINGS_PER_USER.limit, windowStartedAt: sql`now()`, updatedAt: sql`now()` });
    const before = await storedKeys(recordingStorage(), actor.user.id);
    const response = await uploadRequest(actor.token, actor.interview.id, actor.questionId, wavOf(1));
    expect(response.status).toBe(429);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    expect(await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id))).toEqual([]);
    expect(await storedKeys(recordingStorage(), actor.user.id)).toEqual(before);
  });
});
