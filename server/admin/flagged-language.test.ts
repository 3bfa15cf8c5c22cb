/**
 * Issue 18: an answer whose scoring failed, scored by hand from the review queue, gets its automatic
 * words (feedback, strengths, improvements, sample answer) in the candidate's language, as the scoring
 * job writes them; they were English for a Russian or Korean candidate.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, scores, users } from "@/db/schema";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { asSessionUser, callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { createScoredAnswer } from "@/test/helpers/factories";

const db = connectTestDb();

/** Runs of two or more Latin words (a Russian or Korean text has none; kept terms aside). */
function english(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.replace(/\b(?:Big-O|STAR|RICE|CIRCLES|MoSCoW|A\/B|X|Y)\b/g, "").match(/[A-Za-z]{2,}(?:[ ,:]+[A-Za-z]{2,})+/g) ?? []);
}

describe.each<TLanguage>(["ru", "ko"])("a failed answer scored by hand for a %s candidate", (language) => {
  it("keeps the automatic words in the candidate's language", async () => {
    const admin = await verifiedTestUser(db, `manual-${language}-admin`);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
    const caller = callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
    const candidate = await verifiedTestUser(db, `manual-${language}`);
    await db.update(users).set({ language }).where(eq(users.id, candidate.user.id));
    const { answer } = await createScoredAnswer(db, candidate, { track: "behavioral" });
    // Scoring failed: no score row, the answer in the review queue.
    await db.delete(scores).where(eq(scores.answerId, answer.id));
    await db.update(answers).set({ status: "failed", flagReasons: ["scoring_failed"], lastError: "scoring timed out" }).where(eq(answers.id, answer.id));

    const keys = ["situation_task", "action", "result", "reflection", "communication"];
    await caller.admin.setManualScore({ answerId: answer.id, dimensions: keys.map((key) => ({ key, score: 6 })), note: "Проверено вручную" });
    const seen = (await candidate.caller.interviews.getAnswer({ id: answer.id })).answer.score!;
    expect(seen.feedback.length).toBeGreaterThan(0);
    expect(english([seen.feedback, ...seen.strengths, ...seen.improvements, seen.followUp ?? ""])).toEqual([]);
  });
});
