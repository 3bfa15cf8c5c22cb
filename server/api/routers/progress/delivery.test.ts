import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, questions, recordings } from "@/db/schema";
import { insertPracticeHistory } from "@/db/seed/practice-history";
import { summariseDelivery } from "@/server/analytics/delivery-trend";
import type { TDeliveryPoint } from "@/server/contracts/progress";
import type { TDeliveryAnalysis } from "@/server/contracts/voice";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const DAY = 24 * 60 * 60 * 1000;

function delivery(wordsPerMinute: number | null, fillersPerHundredWords: number, pauses = 0): TDeliveryAnalysis {
  return {
    wordCount: wordsPerMinute === null ? 0 : 200,
    durationSec: 95.04,
    speakingSec: 80,
    rateBasis: "speaking_time",
    wordsPerMinute,
    rateVerdict: wordsPerMinute === null ? null : "good",
    fillers: [],
    fillerCounts: {},
    fillersPerHundredWords,
    longPauses: Array.from({ length: pauses }, (_, i) => ({ startSec: i * 10, endSec: i * 10 + 3 })),
    longPauseSec: 2.5,
    suggestedSec: 120,
    talkTimeVerdict: "on_target",
    summary: [],
  };
}

/** Answers (one per day, oldest first) in one interview of `track`; the first `spoken` get a recording with `deliveries`. */
async function historyWithRecordings(userId: string, track: TTrack, deliveries: Array<TDeliveryAnalysis | null>, daysAgo: number) {
  const ids = await db.select({ id: questions.id }).from(questions).where(and(eq(questions.track, track), eq(questions.level, "junior"), eq(questions.active, true))).orderBy(asc(questions.slug)).limit(deliveries.length);
  await insertPracticeHistory(db, userId, [
    {
      track,
      level: "junior",
      startedAt: new Date(Date.now() - (daysAgo + 1) * DAY),
      completed: false,
      answers: deliveries.map((_, i) => ({ questionId: ids[i]!.id, at: new Date(Date.now() - (daysAgo - i) * DAY), scores: 6 })),
    },
  ]);
  const rows = await db
    .select({ id: answers.id, interviewId: answers.interviewId, interviewQuestionId: answers.interviewQuestionId, questionId: answers.questionId, createdAt: answers.createdAt })
    .from(answers)
    .where(eq(answers.userId, userId))
    .orderBy(asc(answers.createdAt));
  const fresh = rows.slice(-deliveries.length);
  await db.insert(recordings).values(
    fresh.flatMap((row, i) => {
      const analysis = deliveries[i];
      // null: a recording submitted before its analysis existed (not a point on the chart).
      return [{ userId, interviewId: row.interviewId, interviewQuestionId: row.interviewQuestionId, questionId: row.questionId, answerId: row.id, contentType: "audio/wav", byteSize: 1000, status: "transcribed" as const, engine: "pocketsphinx" as const, transcript: "words", delivery: analysis }];
    }),
  );
  return fresh;
}

describe("progress.delivery", () => {
  it("is empty for someone with no spoken answers", async () => {
    const { caller } = await verifiedTestUser(db, "delivery-none");
    expect(await caller.progress.delivery()).toEqual({ points: [], averageWordsPerMinute: null, averageFillersPerHundredWords: null });
  });

  it("lists your spoken answers oldest first with rate and fillers, averaged; others' recordings and recordings without analysis stay out; a track filters", async () => {
    const { user, caller } = await verifiedTestUser(db, "delivery-speaker");
    const answered = await historyWithRecordings(user.id, "behavioral", [delivery(150.04, 2, 1), delivery(null, 0), delivery(130, 4.06)], 5);
    await historyWithRecordings(user.id, "product_management", [delivery(170, 1), null], 1);
    const other = await verifiedTestUser(db, "delivery-other");
    await historyWithRecordings(other.user.id, "behavioral", [delivery(300, 20)], 3);

    const all = await caller.progress.delivery();
    expect(all.points.map((point) => [point.track, point.wordsPerMinute, point.fillersPerHundredWords])).toEqual([
      ["behavioral", 150, 2],
      ["behavioral", null, 0],
      ["behavioral", 130, 4.1],
      ["product_management", 170, 1],
    ]);
    expect(all.points[0]).toMatchObject({ answerId: answered[0]!.id, durationSec: 95, suggestedSec: 120, longPauses: 1 });
    expect(all.points[0]!.question.length).toBeGreaterThan(0);
    // The answer with nothing recognised has no rate and is left out of both averages.
    expect(all.averageWordsPerMinute).toBe(150);
    expect(all.averageFillersPerHundredWords).toBe(2.4);

    const behavioral = await caller.progress.delivery({ track: "behavioral" });
    expect(behavioral.points).toHaveLength(3);
    expect(behavioral.averageWordsPerMinute).toBe(140);
  });

  it("refuses a track that does not exist with a 400", async () => {
    const { caller } = await verifiedTestUser(db, "delivery-bad-track");
    await expect(caller.progress.delivery({ track: "juggling" as TTrack })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("summariseDelivery", () => {
  it("has no averages without a point that has a rate", () => {
    const silent = { wordsPerMinute: null, fillersPerHundredWords: 0 } as TDeliveryPoint;
    expect(summariseDelivery([silent])).toMatchObject({ averageWordsPerMinute: null, averageFillersPerHundredWords: null });
  });
});
