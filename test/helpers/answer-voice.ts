/**
 * The REST contract's spoken answers in tests (answer-voice-*.test.ts): a transcription engine that says
 * a given text (or none), the transcription job run by hand for an answer's recording, and the number of
 * scoring jobs queued for an answer (exactly one is the rule).
 */
import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { recordings } from "@/db/schema/voice";
import { transcribeRecordingHandler } from "@/server/voice/job/handler";
import { recordingStorage } from "@/server/voice/storage";
import type { EngineChoice } from "@/server/voice/transcribe/choose-engine";
import type { voiceCandidate } from "./recordings";

export type TVoiceActor = Awaited<ReturnType<typeof voiceCandidate>>;
export type TRestErrorBody = { error: { code: string; message: string; details?: { fields?: Record<string, string>; reason?: string } } };

export const engineSaying = (text: string) => (): Promise<EngineChoice> =>
  Promise.resolve({ engine: { name: "openai", available: () => Promise.resolve(true), transcribe: () => Promise.resolve({ text, engine: "openai", durationMs: 1 }) }, why: "test" });

export const noEngine = (): Promise<EngineChoice> => Promise.resolve({ engine: null, why: "test" });

/** Runs the transcription job of the answer's recording with the given engine. */
export async function transcribeAnswer(db: TDatabase, answerId: string, engine: () => Promise<EngineChoice>): Promise<void> {
  const [row] = await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.answerId, answerId));
  await transcribeRecordingHandler(() => db, { engine, storage: recordingStorage() }).run({ recordingId: row!.id }, { jobId: "j", attempt: 1, maxAttempts: 4 });
}

/** Score-answer jobs queued for the answer, whatever their state. */
export async function scoreJobCount(db: TDatabase, answerId: string): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'score-answer' and data->>'answerId' = ${answerId}`);
  return [...rows][0]!.n;
}
