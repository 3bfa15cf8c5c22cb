import { afterEach, describe, expect, it, vi } from "vitest";
import { errorTextOf } from "@/server/contracts/error-text";
import { problemOfStatus, recordingsUrl, uploadRecording, UploadError } from "./upload-recording";

const ids = { interviewId: "11111111-1111-4111-8111-111111111111", questionId: "22222222-2222-4222-8222-222222222222" };
const recording = {
  id: "33333333-3333-4333-8333-333333333333",
  ...ids,
  kind: "answer",
  status: "transcribing",
  contentType: "audio/wav",
  byteSize: 44,
  durationSec: 0,
  engine: null,
  transcript: null,
  browserTranscript: null,
  correctedTranscript: null,
  failureReason: null,
  failureCode: null,
  delivery: null,
  audioUrl: "/api/v1/recordings/33333333-3333-4333-8333-333333333333/audio",
  answerId: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  transcribedAt: null,
};

afterEach(() => vi.unstubAllGlobals());

describe("uploadRecording", () => {
  it("posts the WAV as the raw body, same-origin, and returns the recording", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ recording }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const wav = new Blob([new Uint8Array(44)], { type: "audio/wav" });
    const result = await uploadRecording({ ...ids, kind: "answer", wav });
    expect(result.id).toBe(recording.id);
    expect(fetchMock).toHaveBeenCalledWith(recordingsUrl(ids.interviewId, ids.questionId, "answer"), expect.objectContaining({ method: "POST", body: wav, credentials: "same-origin" }));
    expect(recordingsUrl(ids.interviewId, ids.questionId, "follow_up")).toBe(`/api/v1/interviews/${ids.interviewId}/questions/${ids.questionId}/recordings?kind=follow_up`);
  });

  it("turns 413, 415 and 429 into problems with the server's sentence and Retry-After", async () => {
    for (const [status, problem] of [
      [413, "too_large"],
      [415, "unsupported"],
      [429, "rate_limited"],
    ] as const) {
      vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ error: { code: "X", message: `limit ${status}` } }), { status, headers: { "retry-after": "7" } }));
      const failure = await uploadRecording({ ...ids, kind: "answer", wav: new Blob([]) }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(UploadError);
      expect(failure).toMatchObject({ problem, serverMessage: `limit ${status}`, retryAfterSec: 7 });
    }
  });

  it("keeps the error body, whose details name the sentence's catalog entry for a ru/ko page", async () => {
    const body = { error: { code: "PAYLOAD_TOO_LARGE", message: "The recording is larger than the limit of 25 MB.", details: { limitBytes: 1, messageKey: "server.recordingTooLarge", messageValues: { mb: 25 } } } };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status: 413 }));
    const failure = await uploadRecording({ ...ids, kind: "answer", wav: new Blob([]) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UploadError);
    expect(errorTextOf((failure as UploadError).serverBody)).toEqual({ messageKey: "server.recordingTooLarge", messageValues: { mb: 25 } });
  });

  it("says network when the request never got an answer, and server for an unreadable 201", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(uploadRecording({ ...ids, kind: "answer", wav: new Blob([]) })).rejects.toMatchObject({ problem: "network" });
    vi.stubGlobal("fetch", async () => new Response("<html>", { status: 201 }));
    await expect(uploadRecording({ ...ids, kind: "answer", wav: new Blob([]) })).rejects.toMatchObject({ problem: "server", serverMessage: null });
  });

  it("maps the other statuses", () => {
    expect([409, 404, 401, 400, 500, 502].map(problemOfStatus)).toEqual(["not_in_progress", "not_found", "signed_out", "invalid", "server", "server"]);
  });
});
