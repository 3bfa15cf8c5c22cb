/**
 * A recording from an upload: checked (owner, interview in progress, audio sniffed from its first
 * bytes, size and — for WAV — duration limits while it streams), stored, then the row and its
 * transcription job written in one transaction. Storage comes first so a row never points at
 * nothing: a failed write leaves no row (503), a failed transaction deletes the object again.
 */
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import type { TDatabase, TDbOrTx, TTransaction } from "@/db";
import { interviewQuestions, interviews } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TRecording } from "@/server/contracts/voice";
import { AppError, secondsText } from "@/server/errors";
import { interviewClosedError } from "@/server/interview-closed";
import { enqueueJob } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { consumeRateLimit, RECORDINGS_PER_USER } from "@/server/rate-limit/fixed-window";
import { newRecordingKey } from "../storage/keys";
import type { TRecordingStorage } from "../storage/storage";
import { recordingDto, type TRecordingRow } from "./recording-dto";
import { readWavHeader, sniffAudio, SNIFF_BYTES, wavDurationSec } from "./sniff-audio";

export interface TUploadInput {
  userId: string;
  interviewId: string;
  questionId: string;
  kind: TAnswerKind;
  /** The request body, already capped at the byte limit (413 while it streams). */
  body: ReadableStream<Uint8Array> | null;
  /** Runs in the transaction that writes the row, before its transcription job is queued (the contract's upload makes its answer here). */
  onInserted?: (tx: TTransaction, row: TRecordingRow) => Promise<void>;
}

export interface TUploadLimits {
  maxSeconds: number;
}

/**
 * The interview question the upload is for: 404 for another user's interview or an unknown
 * question, 409 when the interview takes no answers. Checked before a byte is read, and again,
 * locked, in the transaction that writes the row (an abandon in between is seen).
 */
async function findInterviewItem(db: TDbOrTx, input: TUploadInput, options: { lock?: boolean } = {}): Promise<string> {
  const query = db
    .select({ itemId: interviewQuestions.id, status: interviews.status })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .where(and(eq(interviewQuestions.interviewId, input.interviewId), eq(interviewQuestions.questionId, input.questionId), eq(interviews.userId, input.userId)));
  const [row] = options.lock ? await query.for("update", { of: interviewQuestions }) : await query;
  if (!row) throw new AppError("NOT_FOUND", "Interview or question not found.");
  if (row.status !== "in_progress") throw interviewClosedError(row.status);
  return row.itemId;
}

function tooLong(maxSeconds: number, limitBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The recording is longer than the limit of ${maxSeconds} seconds.`, { limitBytes: Math.floor(limitBytes), limitSeconds: maxSeconds }).withText(
    "server.recordingTooLong",
    { seconds: maxSeconds },
  );
}

/** The first SNIFF_BYTES (or the whole body when shorter) and an iterator over the rest. */
async function splitHead(body: ReadableStream<Uint8Array>) {
  const iterator = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>)[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  return { head: Buffer.concat(chunks), iterator };
}

export async function createRecordingFromUpload(db: TDatabase, storage: TRecordingStorage, input: TUploadInput, limits: TUploadLimits): Promise<TRecording> {
  await findInterviewItem(db, input);
  // Unsubmitted recordings can be made (and deleted) without end, each one stored and transcribed:
  // a budget per account and hour, counted before a byte is read.
  const budget = await consumeRateLimit(db, { key: `recordings:user:${input.userId}`, ...RECORDINGS_PER_USER });
  if (!budget.allowed) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(budget.retryAfterSeconds)}.`, { retryAfterSeconds: budget.retryAfterSeconds });
  }
  if (!input.body) throw new AppError("VALIDATION_ERROR", "The request body is empty: send the audio's bytes as the body.", { reason: "empty_body" });
  const { head, iterator } = await splitHead(input.body);
  if (head.length === 0) throw new AppError("VALIDATION_ERROR", "The request body is empty: send the audio's bytes as the body.", { reason: "empty_body" });
  const contentType = sniffAudio(head);
  const wav = contentType === "audio/wav" ? readWavHeader(head) : null;
  // A WAV's byte rate turns the duration limit into a byte limit, checked while the body streams.
  const maxWavBytes = wav ? wav.dataOffset + wav.byteRate * limits.maxSeconds : Infinity;
  if (wav && wav.dataBytes !== null && wav.dataBytes > wav.byteRate * limits.maxSeconds) throw tooLong(limits.maxSeconds, maxWavBytes);
  if (head.length > maxWavBytes) throw tooLong(limits.maxSeconds, maxWavBytes);

  const audio = Readable.from(
    (async function* () {
      yield head;
      let received = head.length;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        received += next.value.byteLength;
        if (received > maxWavBytes) throw tooLong(limits.maxSeconds, maxWavBytes);
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  const storageKey = newRecordingKey(input.userId);
  let bytes: number;
  try {
    ({ bytes } = await storage.put(storageKey, audio, contentType));
  } catch (error) {
    if (error instanceof AppError) throw error;
    logger().error({ err: error, backend: storage.kind }, "recording storage write failed");
    throw new AppError("SERVICE_UNAVAILABLE", "The recording could not be stored right now; nothing was saved. Please upload it again in a minute.", { retryAfterSeconds: 30 });
  }

  try {
    const row = await db.transaction(async (tx) => {
      const itemId = await findInterviewItem(tx, input, { lock: true });
      const [inserted] = await tx
        .insert(recordings)
        .values({
          userId: input.userId,
          interviewId: input.interviewId,
          interviewQuestionId: itemId,
          questionId: input.questionId,
          kind: input.kind,
          storageKey,
          contentType,
          byteSize: bytes,
          durationSec: wav ? wavDurationSec(wav, bytes) : null,
        })
        .returning();
      await input.onInserted?.(tx, inserted!);
      await enqueueJob("transcribe-recording", { recordingId: inserted!.id }, { tx, singletonKey: inserted!.id });
      return inserted!;
    });
    return recordingDto(row);
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => logger().warn({ err: cleanup }, "could not delete the audio of a recording that was not saved; the orphan sweep will"));
    throw error;
  }
}
