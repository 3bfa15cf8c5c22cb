/**
 * The transcribe-recording job: one uploaded recording → engine transcript + delivery analysis, written
 * in one update with its realtime notification. Outcomes:
 * - transcribed: status, engine, transcript, delivery, durationSec, transcribedAt together;
 * - failed at once (no retry) when a later try cannot help: no engine here, the audio is gone or
 *   unreadable, the provider refused the request, nothing was heard; failureReason says what to do;
 * - thrown (the queue retries with backoff) when it may: provider 5xx/timeout/unreachable, storage
 *   trouble; after the last try `failAfterRetries` marks it failed.
 * Idempotent: only a recording still `transcribing` is touched, and the final write is conditional on
 * that too, so a slow try overlapping its retry (a worker killed mid-try) cannot write twice.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviews, recordings } from "@/db/schema";
import { SUGGESTED_SPEAKING_SECONDS, type TDeliveryAnalysis, type TRecordingContentType } from "@/server/contracts/voice";
import { logger } from "@/server/logger";
import { analyseDelivery } from "../delivery/analyse";
import { settleAnswerOfRecording } from "../recordings/contract-answer";
import { notifyRecordingChanged } from "../recordings/notify";
import { ProcessError } from "../run-process";
import type { EngineChoice } from "../transcribe/choose-engine";
import { TranscriptionError } from "../transcribe/engine";
import { engineFailureReason, FAILURE_REASONS } from "./failure-reasons";
import { StorageObjectMissingError } from "../storage";
import { prepareAudio, type PreparedAudio, type TAudioSource } from "./prepare-audio";
import { openTranscriptionUsage, type TranscriptionLedger } from "./record-usage";

export interface TranscribeDeps {
  db: TDatabase;
  engine: () => Promise<EngineChoice>;
  storage: TAudioSource;
  /** USD per audio minute of the OpenAI-compatible model (TRANSCRIPTION_PRICE_PER_MINUTE). */
  pricePerMinuteUsd?: number;
  /** Where a user's OpenAI-compatible calls are written (ai_usage); without it they are not recorded. */
  usageLedger?: (userId: string) => TranscriptionLedger;
  /**
   * The longest recording transcribed (VOICE_MAX_SECONDS). The upload measures only WAV while it
   * streams; a compressed upload within the byte cap can hold hours, measured here once converted.
   */
  maxSeconds?: number;
}

export type TTranscribeOutcome = "transcribed" | "failed" | "skipped";

type TLoaded = {
  id: string;
  userId: string;
  status: string;
  storageKey: string | null;
  contentType: string;
  durationSec: number | null;
  track: keyof typeof SUGGESTED_SPEAKING_SECONDS;
  /** The interview's language: a hint for the endpoint; the offline model knows only English. */
  language: string;
};

type TResult =
  | { status: "transcribed"; engine: "openai" | "pocketsphinx"; transcript: string; delivery: TDeliveryAnalysis; durationSec: number | null }
  | { status: "failed"; failureReason: string; engine?: "openai" | "pocketsphinx"; transcript?: string; delivery?: TDeliveryAnalysis | null; durationSec?: number | null };

async function load(db: TDatabase, recordingId: string): Promise<TLoaded | null> {
  const [row] = await db
    .select({
      id: recordings.id,
      userId: recordings.userId,
      status: recordings.status,
      storageKey: recordings.storageKey,
      contentType: recordings.contentType,
      durationSec: recordings.durationSec,
      track: interviews.track,
      language: interviews.language,
    })
    .from(recordings)
    .innerJoin(interviews, eq(interviews.id, recordings.interviewId))
    .where(eq(recordings.id, recordingId));
  return row ?? null;
}

/** Writes the outcome if the recording is still transcribing; notifies in the same transaction. */
async function store(db: TDatabase, row: TLoaded, result: TResult): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(recordings)
      .set({
        status: result.status,
        engine: result.engine ?? null,
        transcript: result.transcript ?? null,
        delivery: result.delivery ?? null,
        ...(result.durationSec != null ? { durationSec: result.durationSec } : {}),
        failureReason: result.status === "failed" ? result.failureReason : null,
        transcribedAt: result.status === "transcribed" ? new Date() : null,
      })
      .where(and(eq(recordings.id, row.id), eq(recordings.status, "transcribing")))
      .returning({ id: recordings.id, answerId: recordings.answerId });
    if (updated.length === 0) return false;
    await notifyRecordingChanged(tx, row.userId, row.id);
    // Linked while transcribing: the REST contract's upload, whose answer waits for this transcript.
    const answerId = updated[0]!.answerId;
    if (answerId) await settleAnswerOfRecording(tx, { id: answerId, userId: row.userId }, result.status === "transcribed" ? result : { status: "failed", failureReason: result.failureReason });
    return true;
  });
}

/** While it works, the page can say who is listening ("Transcribing with pocketsphinx…"). */
async function announceEngine(db: TDatabase, row: TLoaded, engine: "openai" | "pocketsphinx"): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(recordings)
      .set({ engine })
      .where(and(eq(recordings.id, row.id), eq(recordings.status, "transcribing"), isNull(recordings.engine)))
      .returning({ id: recordings.id });
    if (updated.length > 0) await notifyRecordingChanged(tx, row.userId, row.id);
  });
}

function delivery(transcript: string, audio: PreparedAudio | null, row: TLoaded): TDeliveryAnalysis {
  return analyseDelivery({
    transcript,
    audio: audio?.analysis ?? undefined,
    durationSec: row.durationSec ?? undefined,
    suggestedSec: SUGGESTED_SPEAKING_SECONDS[row.track],
  });
}

/** Transcribes with the chosen engine; a TranscriptionError that a retry cannot fix becomes a failed result. */
async function transcribe(deps: TranscribeDeps, row: TLoaded, choice: EngineChoice, audio: PreparedAudio): Promise<TResult> {
  const engine = choice.engine!;
  const durationSec = audio.analysis?.durationSec ?? row.durationSec;
  // The offline engine needs audio sox could read; the endpoint takes the upload as it came.
  if (engine.name === "pocketsphinx" && !audio.speechWav) return { status: "failed", failureReason: FAILURE_REASONS.unreadable };
  if (engine.name === "pocketsphinx" && row.language !== "en") return { status: "failed", failureReason: FAILURE_REASONS.englishOnly, delivery: delivery("", audio, row), durationSec };
  const input = engine.name === "openai" ? audio.original : audio.speechWav!;
  const completeUsage =
    engine.name === "openai" && deps.usageLedger
      ? await openTranscriptionUsage(deps.usageLedger(row.userId), { model: choice.model ?? "unknown", audioSec: durationSec, pricePerMinuteUsd: deps.pricePerMinuteUsd })
      : null;
  const started = Date.now();
  let outcome: "ok" | "error" | "timeout" = "ok";
  try {
    const { text } = await engine.transcribe(input, undefined, { language: row.language });
    if (!text.trim()) return { status: "failed", failureReason: FAILURE_REASONS.noSpeech, engine: engine.name, transcript: "", delivery: delivery("", audio, row), durationSec };
    return { status: "transcribed", engine: engine.name, transcript: text, delivery: delivery(text, audio, row), durationSec };
  } catch (error) {
    outcome = error instanceof TranscriptionError && error.timedOut ? "timeout" : "error";
    if (error instanceof TranscriptionError && !error.retryable) return { status: "failed", failureReason: engineFailureReason(error.message) };
    // sox or pocketsphinx refusing the audio: a retry reads the same bytes.
    if (error instanceof ProcessError && error.reason === "exit") return { status: "failed", failureReason: FAILURE_REASONS.unreadable };
    throw error;
  } finally {
    await completeUsage?.(outcome, Date.now() - started);
  }
}

/** One try of the job. Throws only when a later try may succeed. */
export async function transcribeRecording(deps: TranscribeDeps, recordingId: string): Promise<TTranscribeOutcome> {
  const row = await load(deps.db, recordingId);
  if (!row || row.status !== "transcribing") return "skipped";
  const log = logger().child({ recordingId });
  const choice = await deps.engine();
  if (!row.storageKey) return (await store(deps.db, row, { status: "failed", failureReason: FAILURE_REASONS.audioMissing })) ? "failed" : "skipped";

  let audio: PreparedAudio;
  try {
    audio = await prepareAudio(deps.storage, row.storageKey, row.contentType as TRecordingContentType, undefined, deps.maxSeconds);
  } catch (error) {
    if (!(error instanceof StorageObjectMissingError)) throw error;
    return (await store(deps.db, row, { status: "failed", failureReason: FAILURE_REASONS.audioMissing })) ? "failed" : "skipped";
  }
  try {
    let result: TResult;
    if (deps.maxSeconds && audio.analysis && audio.analysis.durationSec > deps.maxSeconds) {
      // Before any engine: hours of audio would cost a provider's per-minute price, or the offline engine's whole deadline.
      result = { status: "failed", failureReason: FAILURE_REASONS.tooLong };
    } else if (!choice.engine) {
      // Nothing can transcribe here; the envelope still gives talk time and pauses for the candidate's typed words.
      result = { status: "failed", failureReason: FAILURE_REASONS.noEngine, delivery: audio.analysis ? delivery("", audio, row) : null, durationSec: audio.analysis?.durationSec ?? null };
    } else {
      await announceEngine(deps.db, row, choice.engine.name);
      result = await transcribe(deps, row, choice, audio);
    }
    if (audio.conversionProblem) log.info({ problem: audio.conversionProblem }, "recording could not be converted to speech WAV");
    const written = await store(deps.db, row, result);
    log.info({ status: result.status, engine: result.engine ?? null, written }, "recording transcription finished");
    return written ? result.status : "skipped";
  } finally {
    await audio.cleanup();
  }
}

/** After the last retry (the provider never answered, or the tries were killed): failed, with a reason. */
export async function failAfterRetries(db: TDatabase, recordingId: string, lastError: string): Promise<void> {
  const row = await load(db, recordingId);
  if (!row || row.status !== "transcribing") return;
  logger().warn({ recordingId, error: lastError }, "recording transcription gave up after its retries");
  await store(db, row, { status: "failed", failureReason: FAILURE_REASONS.gaveUp });
}
