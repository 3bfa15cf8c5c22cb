/**
 * Voice test helpers: a candidate with an interview and a bearer token, WAV bytes of a given length,
 * the recording storage under test (a temporary folder or the fake S3 server), and the upload and
 * audio requests through the REST handler as a client sends them.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { handleRestRequest } from "@/server/http/rest-handler";
import { stopRealtime } from "@/server/realtime/hub";
import { withRequest } from "@/server/http/with-request";
import { encodeWav } from "@/server/voice/audio/wav";
import { setRecordingStorage, type TRecordingStorage } from "@/server/voice/storage";
import { localRecordingStorage } from "@/server/voice/storage/local-storage";
import { s3RecordingStorage } from "@/server/voice/storage/s3-storage";
import { verifiedTestUser } from "./caller";
import { startFakeS3Server, type TFakeS3Server } from "./fake-s3-server";

export const API = "http://localhost:3999/api/v1";
export const restHandle = withRequest(handleRestRequest);

export async function voiceCandidate(db: TDatabase, label: string, questionCount = 1) {
  const candidate = await verifiedTestUser(db, label);
  const [row] = await db.select().from(users).where(eq(users.id, candidate.user.id));
  const { accessToken } = await issueTokenPair(db, row!);
  const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount });
  return { ...candidate, token: accessToken, interview, questionId: interview.questions[0]!.questionId };
}

/** A 16 kHz mono 16-bit WAV of a quiet tone lasting `seconds`. */
export function wavOf(seconds: number, sampleRate = 16_000): Buffer {
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++) samples[i] = 0.2 * Math.sin((2 * Math.PI * 220 * i) / sampleRate);
  return encodeWav(samples, sampleRate);
}

/** The storages a test runs against; each is installed with setRecordingStorage while in use. */
export async function storageBackends(s3: TFakeS3Server) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "rehearse-voice-"));
  const backends: Record<"local" | "s3", TRecordingStorage> = {
    local: localRecordingStorage(folder),
    s3: s3RecordingStorage({ bucket: "voice", endpoint: s3.endpoint, region: "us-east-1", accessKeyId: "k", secretAccessKey: "s", forcePathStyle: true }),
  };
  return {
    backends,
    use: (name: "local" | "s3") => setRecordingStorage(backends[name]),
    cleanup: async () => {
      setRecordingStorage(undefined);
      await fs.rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The storages of a test file: the fake S3 server started and a temporary folder made before its
 * tests (the folder in use at first), both gone after; `use` switches the backend.
 */
export function voiceStorageForTests() {
  const state: { s3?: TFakeS3Server; env?: Awaited<ReturnType<typeof storageBackends>> } = {};
  beforeAll(async () => {
    state.s3 = await startFakeS3Server();
    state.env = await storageBackends(state.s3);
    state.env.use("local");
  });
  afterAll(async () => {
    await state.env?.cleanup();
    await state.s3?.close();
    stopRealtime();
  });
  return {
    get s3() {
      return state.s3!;
    },
    get backends() {
      return state.env!.backends;
    },
    use: (name: "local" | "s3") => state.env!.use(name),
  };
}

/** Lists a user's stored objects. */
export async function storedKeys(storage: TRecordingStorage, userId: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list(`recordings/${userId}/`)) keys.push(object.key);
  return keys;
}

export function uploadRequest(token: string, interviewId: string, questionId: string, body: BodyInit | Buffer, options: { kind?: string; headers?: Record<string, string> } = {}) {
  const query = options.kind ? `?kind=${options.kind}` : "";
  const init: RequestInit & { duplex?: "half" } = { method: "POST", body: Buffer.isBuffer(body) ? new Uint8Array(body) : body, headers: { authorization: `Bearer ${token}`, ...options.headers } };
  if (body instanceof ReadableStream) init.duplex = "half";
  return restHandle(new Request(`${API}/interviews/${interviewId}/questions/${questionId}/recordings${query}`, init));
}

export function restGet(token: string, pathAndQuery: string, headers: Record<string, string> = {}) {
  return restHandle(new Request(`${API}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}`, ...headers } }));
}
