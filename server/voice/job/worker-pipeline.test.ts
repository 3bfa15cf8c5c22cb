/**
 * The production wiring end to end: an upload (the row and its transcribe-recording job in one
 * transaction) is transcribed by the running background worker with the engine the environment
 * configures (TRANSCRIPTION_BASE_URL → the OpenAI-compatible fake), through the configured storage,
 * with its spend in ai_usage; the candidate then submits the transcript with the recording.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { aiUsage, recordings } from "@/db/schema";
import { setEnvForFile } from "@/test/helpers/env-overrides";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";
import { connectTestDb } from "@/test/helpers/db";
import { createCandidate, createInterview } from "@/test/helpers/factories";
import { startFakeTranscriptionServer, type TFakeTranscriptionServer } from "@/test/helpers/fake-transcription-server";
import { createRecordingFromUpload } from "../recordings/create-recording";
import { scratchDir, synthesise } from "../speech-fixtures";
import { recordingStorage, setRecordingStorage } from "../storage";
import { localRecordingStorage } from "../storage/local-storage";
import { resetConfiguredEngine } from "../transcribe/choose-engine";

const db = connectTestDb();
let fake: TFakeTranscriptionServer;

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
  setEnvForFile({ TRANSCRIPTION_ENGINE: "auto", TRANSCRIPTION_BASE_URL: fake.baseURL, TRANSCRIPTION_PRICE_PER_MINUTE: "0.006" });
  resetConfiguredEngine();
  setRecordingStorage(localRecordingStorage(await mkdtemp(path.join(tmpdir(), "rehearse-voice-worker-"))));
});
afterAll(async () => {
  // The variables go back after the file (env-overrides.ts); the engine is chosen again from them on next use.
  resetConfiguredEngine();
  setRecordingStorage(undefined);
  await fake.close();
  await closeDb();
});

async function waitForStatus(id: string, timeoutMs: number) {
  const started = Date.now();
  for (;;) {
    const [row] = await db.select().from(recordings).where(eq(recordings.id, id));
    if (row && row.status !== "transcribing") return row;
    if (Date.now() - started > timeoutMs) throw new Error(`recording still ${row?.status ?? "missing"} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the transcribe-recording queue", () => {
  it("an uploaded recording is transcribed by the running worker with the configured engine and storage", async () => {
    const text = "I would put a cache in front of the database and expire each entry after five minutes.";
    const candidate = await createCandidate(db, "voice-worker");
    const interview = await createInterview(candidate, { track: "software_engineering" });
    const questionId = interview.questions[0]!.questionId;
    const wav = await readFile(await synthesise(text, 160, await scratchDir(), "worker"));
    const recording = await createRecordingFromUpload(
      db,
      recordingStorage(),
      { userId: candidate.user.id, interviewId: interview.id, questionId, kind: "answer", body: new Blob([wav]).stream() },
      { maxSeconds: 600 },
    );
    expect(recording.status).toBe("transcribing");

    fake.enqueue({ kind: "text", text });
    const worker = await startBackgroundWorker();
    try {
      const done = await waitForStatus(recording.id, 20_000);
      expect(done).toMatchObject({ status: "transcribed", engine: "openai", transcript: text, failureReason: null });
      expect(done.delivery).toMatchObject({ rateBasis: "speaking_time", suggestedSec: 180 });
    } finally {
      await worker.stop();
    }
    const [usage] = await db.select().from(aiUsage).where(and(eq(aiUsage.userId, candidate.user.id), eq(aiUsage.purpose, "transcription")));
    expect(usage).toMatchObject({ model: "whisper-1", outcome: "ok" });
    expect(Number(usage!.costUsd)).toBeGreaterThan(0);

    const { answer } = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: text, recordingId: recording.id });
    expect((await db.select({ answerId: recordings.answerId }).from(recordings).where(eq(recordings.id, recording.id)))[0]!.answerId).toBe(answer.id);
  }, 60_000);
});
