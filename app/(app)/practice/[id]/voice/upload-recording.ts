/**
 * The upload: the WAV as the raw request body to the REST endpoint (POST
 * /api/v1/interviews/{id}/questions/{questionId}/recordings), same-origin with the session cookie. The
 * REST route streams the body to storage, which tRPC's JSON transport cannot. Failures become a
 * problem code the page words (voice.upload.*), with the server's own sentence where it gave one.
 */
import { ZRecordingResponseSchema, type TRecording } from "@/server/contracts/voice";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";

export const UPLOAD_PROBLEMS = ["too_large", "unsupported", "rate_limited", "not_in_progress", "not_found", "signed_out", "invalid", "network", "server"] as const;
export type TUploadProblem = (typeof UPLOAD_PROBLEMS)[number];

export class UploadError extends Error {
  constructor(
    readonly problem: TUploadProblem,
    /** The server's sentence (names the limit or the type found), when it sent one. */
    readonly serverMessage: string | null,
    readonly retryAfterSec: number | null = null,
    /** The REST error body it came in (its details may name the sentence's catalog entry). */
    readonly serverBody: unknown = null,
  ) {
    super(`upload failed: ${problem}`);
    this.name = "UploadError";
  }
}

export function problemOfStatus(status: number): TUploadProblem {
  if (status === 413) return "too_large";
  if (status === 415) return "unsupported";
  if (status === 429) return "rate_limited";
  if (status === 409) return "not_in_progress";
  if (status === 404) return "not_found";
  if (status === 401 || status === 403) return "signed_out";
  if (status === 400) return "invalid";
  return "server";
}

async function serverProblemOf(response: Response): Promise<{ message: string | null; body: unknown }> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return { message: typeof body.error?.message === "string" ? body.error.message : null, body };
  } catch {
    return { message: null, body: null };
  }
}

export function recordingsUrl(interviewId: string, questionId: string, kind: TAnswerKind): string {
  return `/api/v1/interviews/${encodeURIComponent(interviewId)}/questions/${encodeURIComponent(questionId)}/recordings?kind=${kind}`;
}

export async function uploadRecording(input: { interviewId: string; questionId: string; kind: TAnswerKind; wav: Blob; signal?: AbortSignal }): Promise<TRecording> {
  let response: Response;
  try {
    response = await fetch(recordingsUrl(input.interviewId, input.questionId, input.kind), {
      method: "POST",
      body: input.wav,
      headers: { "content-type": "audio/wav", accept: "application/json" },
      credentials: "same-origin",
      signal: input.signal,
    });
  } catch {
    throw new UploadError("network", null);
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after"));
    const server = await serverProblemOf(response);
    throw new UploadError(problemOfStatus(response.status), server.message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null, server.body);
  }
  const parsed = ZRecordingResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new UploadError("server", null);
  return parsed.data.recording;
}
