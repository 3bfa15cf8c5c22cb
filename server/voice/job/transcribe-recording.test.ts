/**
 * The transcribe-recording job through its worker handler against real PostgreSQL: the OpenAI-compatible
 * path (a fake server returning a known transcript) up to the rubric score, the permanent failures
 * that need no retry, the retryable ones the queue retries, and idempotency.
 */
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aiUsage, interviewQuestions, recordings } from "@/db/schema";
import { QUEUES } from "@/server/jobs/queue-registry";
import { aiUsageLedger } from "@/server/scoring/service/ai-usage-ledger";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { connectTestDb } from "@/test/helpers/db";
import { createCandidate, createInterview, type TCandidate } from "@/test/helpers/factories";
import { startFakeTranscriptionServer, type TFakeTranscriptionServer } from "@/test/helpers/fake-transcription-server";
import { toSpeechWav } from "../audio/convert";
import { encodeWav, parseWav } from "../audio/wav";
import { requireBinaries, scratchDir, synthesise } from "../speech-fixtures";
import { createPocketsphinxEngine } from "../transcribe/pocketsphinx";
import { StorageObjectMissingError } from "../storage";
import type { EngineChoice } from "../transcribe/choose-engine";
import { createOpenAiEngine } from "../transcribe/openai-engine";
import { FAILURE_REASONS } from "./failure-reasons";
import { transcribeRecordingHandler } from "./handler";
import type { TAudioSource } from "./prepare-audio";

const db = connectTestDb();
let fake: TFakeTranscriptionServer;

const TRANSCRIPT =
  "In my last team we had a flaky deployment pipeline. I measured which steps failed most, proposed moving the slow integration tests to a nightly run, " +
  "and paired with two colleagues to fix the three worst tests. Within a month failed deploys dropped from twelve a week to one, and we kept the nightly run.";

/** 12 s of "speech": 200 Hz bursts of 1.2 s with short gaps, and one 2.5 s pause in the middle. */
function speechLikeWav(): Buffer {
  const rate = 16_000;
  const samples = new Float32Array(rate * 12);
  for (let i = 0; i < samples.length; i++) {
    const t = i / rate;
    const inPause = t >= 5 && t < 7.5;
    const inGap = t % 1.5 >= 1.2;
    samples[i] = inPause || inGap || t < 0.3 ? 0 : 0.3 * Math.sin(2 * Math.PI * 200 * t);
  }
  return encodeWav(samples, rate);
}

/** Storage holding objects in memory (the job only reads). */
function memoryStorage(objects: Map<string, Buffer>): TAudioSource {
  return {
    get(key) {
      const body = objects.get(key);
      if (!body) return Promise.reject(new StorageObjectMissingError(key));
      return Promise.resolve({ stream: Readable.from([body]), size: body.length, contentType: "audio/wav" });
    },
  };
}

const objects = new Map<string, Buffer>();
const storage = memoryStorage(objects);
const openAi = (timeoutMs = 5_000): (() => Promise<EngineChoice>) => {
  const engine = { ...createOpenAiEngine({ apiKey: "test-key", baseURL: fake.baseURL, model: "whisper-1", timeoutMs }), name: "openai" as const };
  return () => Promise.resolve({ engine, why: "test", model: "whisper-1" });
};
const none = () => Promise.resolve<EngineChoice>({ engine: null, why: "TRANSCRIPTION_ENGINE=none" });

/** A recording row as the upload makes it (status transcribing), its audio in storage. */
async function uploadedRecording(candidate: TCandidate, interview: { id: string; questions: { questionId: string }[] }, audio: Buffer | null = speechLikeWav()) {
  const questionId = interview.questions[0]!.questionId;
  const [iq] = await db
    .select({ id: interviewQuestions.id })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.interviewId, interview.id), eq(interviewQuestions.questionId, questionId)));
  const storageKey = `recordings/${candidate.user.id}/${randomUUID()}`;
  if (audio) objects.set(storageKey, audio);
  const [row] = await db
    .insert(recordings)
    .values({ userId: candidate.user.id, interviewId: interview.id, interviewQuestionId: iq!.id, questionId, storageKey, contentType: "audio/wav", byteSize: audio?.length ?? 0 })
    .returning();
  return row!;
}

async function reload(id: string) {
  const [row] = await db.select().from(recordings).where(eq(recordings.id, id));
  return row!;
}

/** A recording of a new candidate's first interview (the free plan allows two interviews a week). */
async function freshRecording(audio?: Buffer | null) {
  const candidate = await createCandidate(db, "voice-job");
  return uploadedRecording(candidate, await createInterview(candidate), audio);
}

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
});
afterAll(() => fake.close());

describe("transcribe-recording through the OpenAI-compatible path", () => {
  it("a transcribed and submitted recording gets exactly the rubric score of the same text typed", async () => {
    const candidate = await createCandidate(db, "voice-score");
    const spoken = await createInterview(candidate);
    const questionId = spoken.questions[0]!.questionId;
    const typed = await createInterview(candidate, { questionIds: [questionId] });
    expect(typed.questions[0]!.questionId).toBe(questionId);

    const recording = await uploadedRecording(candidate, spoken);
    fake.enqueue({ kind: "text", text: TRANSCRIPT });
    const usageLedger = (userId: string) => aiUsageLedger(db, { purpose: "transcription", userId });
    await transcribeRecordingHandler(() => db, { engine: openAi(), storage, pricePerMinuteUsd: 0.006, usageLedger }).run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });

    const done = await reload(recording.id);
    expect(done).toMatchObject({ status: "transcribed", engine: "openai", transcript: TRANSCRIPT, failureReason: null });
    expect(done.transcribedAt).toBeInstanceOf(Date);
    expect(done.durationSec).toBeCloseTo(12, 1);
    expect(done.delivery).toMatchObject({ rateBasis: "speaking_time", suggestedSec: 120, wordCount: 55 });
    expect(done.delivery!.longPauses).toHaveLength(1);
    // The interview's language goes along as the provider's hint.
    expect(fake.requests.at(-1)).toMatchObject({ fields: { model: "whisper-1", language: "en" }, fileName: "audio.wav", fileBytes: speechLikeWav().length });
    const [usage] = await db.select().from(aiUsage).where(and(eq(aiUsage.userId, candidate.user.id), eq(aiUsage.purpose, "transcription")));
    expect(usage).toMatchObject({ provider: "openai", model: "whisper-1", outcome: "ok", costUsd: "0.001200" });

    const fromVoice = await candidate.caller.interviews.submitAnswer({ id: spoken.id, questionId, answer: done.transcript!, recordingId: recording.id });
    const fromTyping = await candidate.caller.interviews.submitAnswer({ id: typed.id, questionId, answer: TRANSCRIPT });
    await scoreStoredAnswer(db, fromVoice.answer.id);
    await scoreStoredAnswer(db, fromTyping.answer.id);
    const { answer: voiceAnswer } = await candidate.caller.interviews.getAnswer({ id: fromVoice.answer.id });
    const { answer: typedAnswer } = await candidate.caller.interviews.getAnswer({ id: fromTyping.answer.id });
    expect(voiceAnswer.score?.scoredBy.provider).toBe("builtin");
    expect(voiceAnswer.score!.total).toBe(typedAnswer.score!.total);
    expect(voiceAnswer.score!.dimensions).toEqual(typedAnswer.score!.dimensions);
    expect((await reload(recording.id)).answerId).toBe(fromVoice.answer.id);
  });

  it("does nothing on a second run (idempotent)", async () => {
    const recording = await freshRecording();
    fake.enqueue({ kind: "text", text: "first" });
    const handler = transcribeRecordingHandler(() => db, { engine: openAi(), storage });
    await handler.run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
    const before = fake.requests.length;
    await handler.run({ recordingId: recording.id }, { jobId: "j", attempt: 2, maxAttempts: 4 });
    expect(fake.requests.length).toBe(before);
    expect((await reload(recording.id)).transcript).toBe("first");
  });

  it("throws on a provider 5xx so the queue retries, and marks it failed after the last retry", async () => {
    const recording = await freshRecording();
    fake.enqueue({ kind: "error", status: 503 });
    const handler = transcribeRecordingHandler(() => db, { engine: openAi(), storage });
    await expect(handler.run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 })).rejects.toThrow(/HTTP 503/);
    // Still transcribing, and the page can say by whom while the queue retries.
    expect(await reload(recording.id)).toMatchObject({ status: "transcribing", engine: "openai" });
    await handler.onFailed!({ recordingId: recording.id }, "The transcription service failed (HTTP 503).");
    expect(await reload(recording.id)).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.gaveUp, engine: null, transcript: null });
  });

  it("fails at once, without a retry, when the provider cannot read the audio", async () => {
    const recording = await freshRecording();
    fake.enqueue({ kind: "error", status: 400, message: "Invalid file format." });
    await transcribeRecordingHandler(() => db, { engine: openAi(), storage }).run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
    const failed = await reload(recording.id);
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toMatch(/^The transcription service could not read this audio \(HTTP 400\)\. Record again later, or type your answer/);
  });
});

describe("transcribe-recording failures a candidate can act on", () => {
  it("no engine: failed with a reason, the audio's timing kept for the typed words", async () => {
    const recording = await freshRecording();
    await transcribeRecordingHandler(() => db, { engine: none, storage }).run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
    const failed = await reload(recording.id);
    expect(failed).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.noEngine, engine: null, transcript: null, transcribedAt: null });
    expect(failed.failureReason).toMatch(/type your answer/i);
    expect(failed.delivery).toMatchObject({ wordCount: 0, rateBasis: "speaking_time" });
    expect(failed.durationSec).toBeCloseTo(12, 1);
  });

  it("audio missing from storage, or unreadable: failed with a reason", async () => {
    const missing = await freshRecording(null);
    await transcribeRecordingHandler(() => db, { engine: openAi(), storage }).run({ recordingId: missing.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
    expect(await reload(missing.id)).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.audioMissing });

    const garbage = await freshRecording(Buffer.from("RIFF....WAVEnot really audio"));
    const pocketsphinx = { ...createOpenAiEngine({ apiKey: "k", baseURL: fake.baseURL, model: "m", timeoutMs: 1000 }), name: "pocketsphinx" as const };
    await transcribeRecordingHandler(() => db, { engine: () => Promise.resolve({ engine: pocketsphinx, why: "test" }), storage }).run(
      { recordingId: garbage.id },
      { jobId: "j", attempt: 1, maxAttempts: 4 },
    );
    expect(await reload(garbage.id)).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.unreadable });
  });

  it("the English-only offline engine does not guess at a Russian answer: failed with a reason, timing kept", async () => {
    const candidate = await createCandidate(db, "voice-ru");
    const recording = await uploadedRecording(candidate, await createInterview(candidate, { language: "ru" }));
    const pocketsphinx = { ...createOpenAiEngine({ apiKey: "k", baseURL: fake.baseURL, model: "m", timeoutMs: 1000 }), name: "pocketsphinx" as const };
    const before = fake.requests.length;
    await transcribeRecordingHandler(() => db, { engine: () => Promise.resolve({ engine: pocketsphinx, why: "test" }), storage }).run(
      { recordingId: recording.id },
      { jobId: "j", attempt: 1, maxAttempts: 4 },
    );
    expect(fake.requests.length).toBe(before);
    const failed = await reload(recording.id);
    expect(failed).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.englishOnly });
    expect(failed.delivery?.rateBasis).toBe("speaking_time");
  });

  it("a killed try is retried within minutes: the job's expiry outlasts the longest try, and not by much", () => {
    const { expireInSeconds, retryLimit } = QUEUES["transcribe-recording"].policy;
    const longestTrySeconds = 150; // TRANSCRIPTION_TIMEOUT_MS's maximum (server/env.ts)
    expect(expireInSeconds).toBeGreaterThan(longestTrySeconds);
    expect(expireInSeconds).toBeLessThanOrEqual(180);
    expect(retryLimit).toBeGreaterThanOrEqual(2);
  });
});

describe("recordings longer than the limit (a compressed upload's length is known only once converted)", () => {
  it("fails them before any engine is asked, and sox converts only a second past the limit", async () => {
    const recording = await freshRecording();
    const before = fake.requests.length;
    await transcribeRecordingHandler(() => db, { engine: openAi(), storage, maxSeconds: 5 }).run({ recordingId: recording.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
    expect(await reload(recording.id)).toMatchObject({ status: "failed", failureReason: FAILURE_REASONS.tooLong, transcript: null });
    expect(fake.requests.length).toBe(before);

    await requireBinaries("sox");
    const dir = await scratchDir();
    const long = path.join(dir, "long.wav");
    await writeFile(long, speechLikeWav());
    const converted = await toSpeechWav(long, path.join(dir, "speech.wav"), undefined, 3);
    expect(parseWav(await readFile(converted)).samples.length / 16_000).toBeCloseTo(4, 1);
  });
});

describe("transcribe-recording with the offline engine", () => {
  it(
    "pocketsphinx turns a 5 s espeak-ng clip into non-empty text",
    async () => {
      // Like the other voice tests: without the packages it fails naming them, never skips.
      await requireBinaries("espeak-ng", "sox", "pocketsphinx_continuous");
      const clip = await synthesise("I would put a cache in front of the database and expire each entry after five minutes.", 160, await scratchDir(), "five-seconds");
      const recording = await freshRecording(await readFile(clip));
      const engine = { ...createPocketsphinxEngine(), name: "pocketsphinx" as const };
      await transcribeRecordingHandler(() => db, { engine: () => Promise.resolve({ engine, why: "test" }), storage }).run(
        { recordingId: recording.id },
        { jobId: "j", attempt: 1, maxAttempts: 4 },
      );
      const done = await reload(recording.id);
      expect(done).toMatchObject({ status: "transcribed", engine: "pocketsphinx", failureReason: null });
      expect(done.transcript!.split(" ").length).toBeGreaterThan(3);
      expect(done.durationSec).toBeGreaterThan(3);
      expect(done.delivery?.rateBasis).toBe("speaking_time");
    },
    60_000,
  );
});
