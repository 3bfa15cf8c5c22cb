/**
 * Idempotency-Key on POST /interviews/{id}/recordings (the contract's spoken answer), through the REST
 * handler against real PostgreSQL and storage: a phone that lost its connection retries the same upload
 * with the same key and gets the first answer back, not a second attempt and a second stored recording.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { recordingStorage } from "@/server/voice/storage";
import type { TRestErrorBody, TVoiceActor } from "@/test/helpers/answer-voice";
import { connectTestDb } from "@/test/helpers/db";
import { API, restHandle, storedKeys, voiceCandidate, voiceStorageForTests, wavOf } from "@/test/helpers/recordings";

const db = connectTestDb();
voiceStorageForTests();

function upload(actor: TVoiceActor, audio: Buffer, key?: string) {
  const form = new FormData();
  form.append("questionId", actor.questionId);
  form.append("audio", new Blob([new Uint8Array(audio)], { type: "audio/wav" }), "answer.wav");
  const headers: Record<string, string> = { authorization: `Bearer ${actor.token}`, ...(key === undefined ? {} : { "idempotency-key": key }) };
  return restHandle(new Request(`${API}/interviews/${actor.interview.id}/recordings`, { method: "POST", body: form, headers }));
}

async function accepted(response: Response): Promise<{ id: string; replayed: boolean }> {
  expect(response.status).toBe(202);
  const body = (await response.json()) as { answer: { id: string; status: string } };
  expect(body.answer.status).toBe("transcribing");
  expect(response.headers.get("location")).toBe(`/api/v1/answers/${body.answer.id}`);
  return { id: body.answer.id, replayed: response.headers.get("idempotent-replayed") === "true" };
}

async function stored(actor: TVoiceActor) {
  return {
    answers: (await db.select({ id: answers.id }).from(answers).where(eq(answers.userId, actor.user.id))).length,
    recordings: (await db.select({ id: recordings.id }).from(recordings).where(eq(recordings.userId, actor.user.id))).length,
    objects: (await storedKeys(recordingStorage(), actor.user.id)).length,
  };
}

describe("POST /interviews/{id}/recordings with an Idempotency-Key", () => {
  it("replays the first answer for a retry with the same key: one attempt, one recording, one stored object", async () => {
    const actor = await voiceCandidate(db, "voice-idem-retry");
    const first = await accepted(await upload(actor, wavOf(1), "retry-1"));
    const retry = await accepted(await upload(actor, wavOf(1), "retry-1"));
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ id: first.id, replayed: true });
    expect(await stored(actor)).toEqual({ answers: 1, recordings: 1, objects: 1 });
  });

  it("sent five times at once, makes one answer and every response names it", async () => {
    const actor = await voiceCandidate(db, "voice-idem-burst");
    const results = await Promise.all(Array.from({ length: 5 }, () => upload(actor, wavOf(1), "burst-1").then(accepted)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    // The losers' audio was stored before they saw the key taken, then deleted with their transaction.
    expect(await stored(actor)).toEqual({ answers: 1, recordings: 1, objects: 1 });
  });

  it("refuses the key for another recording with 409, saving nothing", async () => {
    const actor = await voiceCandidate(db, "voice-idem-reuse");
    await accepted(await upload(actor, wavOf(1), "reuse-1"));
    const other = await upload(actor, wavOf(2), "reuse-1");
    expect(other.status).toBe(409);
    expect(((await other.json()) as TRestErrorBody).error.details?.reason).toBe("idempotency_key_reused");
    expect(await stored(actor)).toEqual({ answers: 1, recordings: 1, objects: 1 });
  });

  it("refuses a malformed key with 400 naming the header, and without a key each upload is an attempt of its own", async () => {
    const actor = await voiceCandidate(db, "voice-idem-bad");
    const bad = await upload(actor, wavOf(1), "has spaces in it");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as TRestErrorBody).error.details?.fields).toEqual({ "Idempotency-Key": "invalid" });
    const one = await accepted(await upload(actor, wavOf(1)));
    const two = await accepted(await upload(actor, wavOf(1)));
    expect(one.id).not.toBe(two.id);
    expect(await stored(actor)).toEqual({ answers: 2, recordings: 2, objects: 2 });
  });
});
