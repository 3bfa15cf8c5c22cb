/**
 * The OpenAI-compatible engine against a local fake /audio/transcriptions server: the SDK's multipart
 * upload, the one deadline that also covers a stalled body, and which failures a later try may fix.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { startFakeTranscriptionServer, type TFakeTranscriptionServer } from "@/test/helpers/fake-transcription-server";
import { encodeWav } from "../audio/wav";
import { chooseEngine, openAiTranscriptionConfig } from "./choose-engine";
import { TranscriptionError } from "./engine";
import { createOpenAiEngine } from "./openai-engine";

let fake: TFakeTranscriptionServer;
let audio: string;

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
  const dir = await mkdtemp(path.join(tmpdir(), "rehearse-openai-asr-"));
  audio = path.join(dir, "answer.wav");
  await writeFile(audio, encodeWav(new Float32Array(16_000), 16_000));
});
afterAll(() => fake.close());

const engine = (timeoutMs = 5_000) => createOpenAiEngine({ apiKey: "test-key", baseURL: fake.baseURL, model: "whisper-1", language: "en", timeoutMs });

async function failure(promise: Promise<unknown>): Promise<TranscriptionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranscriptionError);
  return error as TranscriptionError;
}

describe("OpenAI-compatible transcription engine", () => {
  it("uploads the audio with the model and language and returns the text", async () => {
    fake.enqueue({ kind: "text", text: "  I would add a cache in front of the database.  " });
    const result = await engine().transcribe(audio);
    expect(result).toMatchObject({ text: "I would add a cache in front of the database.", engine: "openai" });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/v1/audio/transcriptions");
    expect(request.authorization).toBe("Bearer test-key");
    expect(request.fields).toMatchObject({ model: "whisper-1", language: "en" });
    expect(request.fileName).toBe("answer.wav");
    expect(request.fileBytes).toBe(44 + 32_000);
  });

  it("sends the caller's language hint unless TRANSCRIPTION_LANGUAGE forces one", async () => {
    fake.enqueue({ kind: "text", text: "привет" }, { kind: "text", text: "hello" });
    const unforced = createOpenAiEngine({ apiKey: "k", baseURL: fake.baseURL, model: "whisper-1", timeoutMs: 5_000 });
    await unforced.transcribe(audio, undefined, { language: "ru" });
    expect(fake.requests.at(-1)!.fields.language).toBe("ru");
    await engine().transcribe(audio, undefined, { language: "ru" });
    expect(fake.requests.at(-1)!.fields.language).toBe("en");
  });

  it("gives up on a body that stalls after the headers at the deadline, as retryable", async () => {
    fake.enqueue({ kind: "stall-body" });
    const started = Date.now();
    const error = await failure(engine(1_000).transcribe(audio));
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(error).toMatchObject({ retryable: true, message: "The transcription service did not answer in time." });
  });

  it("gives up on a server that never answers at the deadline, as retryable", async () => {
    fake.enqueue({ kind: "hang" });
    expect(await failure(engine(1_000).transcribe(audio))).toMatchObject({ retryable: true });
  });

  it("retries 5xx and rate limits, not bad audio, refusals or an empty quota", async () => {
    fake.enqueue(
      { kind: "error", status: 503 },
      { kind: "error", status: 429 },
      { kind: "error", status: 400, message: "Invalid file format." },
      { kind: "error", status: 401 },
      { kind: "error", status: 429, code: "insufficient_quota", type: "insufficient_quota" },
    );
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      const error = await failure(engine().transcribe(audio));
      outcomes.push([error.retryable, error.message]);
    }
    expect(outcomes).toEqual([
      [true, "The transcription service failed (HTTP 503)."],
      [true, "The transcription service is busy (rate limited)."],
      [false, "The transcription service could not read this audio (HTTP 400)."],
      [false, "The transcription service refused the request (HTTP 401); it is not set up correctly."],
      [false, "The transcription service's account is out of quota."],
    ]);
  });

  it("reports an unreachable server as retryable", async () => {
    const closed = createOpenAiEngine({ apiKey: "k", baseURL: "http://127.0.0.1:9/v1", model: "whisper-1", timeoutMs: 2_000 });
    expect(await failure(closed.transcribe(audio))).toMatchObject({ retryable: true, message: "The transcription service could not be reached." });
  });
});

describe("engine choice", () => {
  const base = {
    TRANSCRIPTION_ENGINE: "auto" as const,
    TRANSCRIPTION_BASE_URL: undefined,
    TRANSCRIPTION_API_KEY: undefined,
    TRANSCRIPTION_MODEL: "whisper-1",
    TRANSCRIPTION_LANGUAGE: undefined,
    TRANSCRIPTION_TIMEOUT_MS: 60_000,
    OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: undefined,
  };
  const installed = () => Promise.resolve(true);
  const missing = () => Promise.resolve(false);

  it("auto: the OpenAI-compatible endpoint when configured, else pocketsphinx when installed, else none", async () => {
    expect((await chooseEngine({ ...base, OPENAI_API_KEY: "sk" }, { pocketsphinxInstalled: installed })).engine?.name).toBe("openai");
    expect((await chooseEngine({ ...base, TRANSCRIPTION_BASE_URL: "http://whisper:8000/v1" }, { pocketsphinxInstalled: installed })).engine?.name).toBe("openai");
    expect((await chooseEngine(base, { pocketsphinxInstalled: installed })).engine?.name).toBe("pocketsphinx");
    const none = await chooseEngine(base, { pocketsphinxInstalled: missing });
    expect(none.engine).toBeNull();
    expect(none.why).toMatch(/pocketsphinx not installed/);
  });

  it("an explicit engine that cannot run is none, with the reason", async () => {
    expect((await chooseEngine({ ...base, TRANSCRIPTION_ENGINE: "openai" }, { pocketsphinxInstalled: installed })).engine).toBeNull();
    expect((await chooseEngine({ ...base, TRANSCRIPTION_ENGINE: "pocketsphinx", OPENAI_API_KEY: "sk" }, { pocketsphinxInstalled: missing })).why).toMatch(
      /pocketsphinx-en-us/,
    );
    expect((await chooseEngine({ ...base, TRANSCRIPTION_ENGINE: "none", OPENAI_API_KEY: "sk" }, { pocketsphinxInstalled: installed })).engine).toBeNull();
  });

  it("reads and checks the TRANSCRIPTION_* settings", () => {
    expect(parseEnv({})).toMatchObject({ TRANSCRIPTION_ENGINE: "auto", TRANSCRIPTION_MODEL: "whisper-1", TRANSCRIPTION_TIMEOUT_MS: 120_000, TRANSCRIPTION_CONCURRENCY: 2 });
    expect(parseEnv({ TRANSCRIPTION_PRICE_PER_MINUTE: "0.006", TRANSCRIPTION_LANGUAGE: "ru" })).toMatchObject({ TRANSCRIPTION_PRICE_PER_MINUTE: 0.006, TRANSCRIPTION_LANGUAGE: "ru" });
    expect(() => parseEnv({ TRANSCRIPTION_ENGINE: "whisper" })).toThrow(/TRANSCRIPTION_ENGINE: expected auto, openai, pocketsphinx or none/);
    expect(() => parseEnv({ TRANSCRIPTION_TIMEOUT_MS: "200000" })).toThrow(/TRANSCRIPTION_TIMEOUT_MS: .*expires after 180 s/);
    expect(() => parseEnv({ TRANSCRIPTION_LANGUAGE: "english" })).toThrow(/TRANSCRIPTION_LANGUAGE: expected a two-letter/);
    expect(() => parseEnv({ TRANSCRIPTION_PRICE_PER_MINUTE: "-1" })).toThrow(/TRANSCRIPTION_PRICE_PER_MINUTE/);
  });

  it("defaults the key and base URL to the app's OpenAI settings; its own settings win", () => {
    expect(openAiTranscriptionConfig({ ...base, OPENAI_API_KEY: "sk-app", OPENAI_BASE_URL: "https://llm.example/v1" })).toMatchObject({
      apiKey: "sk-app",
      baseURL: "https://llm.example/v1",
      model: "whisper-1",
    });
    expect(
      openAiTranscriptionConfig({ ...base, OPENAI_API_KEY: "sk-app", TRANSCRIPTION_API_KEY: "sk-asr", TRANSCRIPTION_BASE_URL: "http://whisper/v1" }),
    ).toMatchObject({ apiKey: "sk-asr", baseURL: "http://whisper/v1" });
    expect(openAiTranscriptionConfig(base)).toBeNull();
  });
});
