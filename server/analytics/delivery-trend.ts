/**
 * Delivery over time: speaking rate and fillers per 100 words of each spoken answer (a submitted
 * recording with a delivery analysis), for the progress page's table and GET /me/delivery.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews, recordings } from "@/db/schema";
import { DELIVERY_TREND_LIMIT, type TDeliveryPoint, type TDeliveryTrend } from "@/server/contracts/progress";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** Averages over the points that have a rate (an answer in which nothing was recognised has none). */
export function summariseDelivery(points: readonly TDeliveryPoint[]): TDeliveryTrend {
  const spoken = points.filter((point) => point.wordsPerMinute !== null);
  return {
    points: [...points],
    averageWordsPerMinute: mean(spoken.map((point) => point.wordsPerMinute!)),
    averageFillersPerHundredWords: mean(spoken.map((point) => point.fillersPerHundredWords)),
  };
}

export async function getDeliveryTrend(db: TDbOrTx, userId: string, filter: { track?: TTrack } = {}): Promise<TDeliveryTrend> {
  const rows = await db
    .select({ answerId: answers.id, interviewId: answers.interviewId, answeredAt: answers.createdAt, question: answers.prompt, track: interviews.track, delivery: recordings.delivery })
    .from(recordings)
    .innerJoin(answers, eq(answers.id, recordings.answerId))
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .where(and(eq(recordings.userId, userId), isNotNull(recordings.delivery), filter.track ? eq(interviews.track, filter.track) : undefined))
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .limit(DELIVERY_TREND_LIMIT);
  const points = rows.reverse().flatMap((row): TDeliveryPoint[] => {
    const delivery = row.delivery;
    if (!delivery) return [];
    return [
      {
        answerId: row.answerId,
        interviewId: row.interviewId,
        answeredAt: row.answeredAt.toISOString(),
        track: row.track,
        question: row.question,
        wordsPerMinute: delivery.wordsPerMinute === null ? null : oneDecimal(delivery.wordsPerMinute),
        fillersPerHundredWords: oneDecimal(delivery.fillersPerHundredWords),
        durationSec: oneDecimal(delivery.durationSec),
        suggestedSec: delivery.suggestedSec,
        longPauses: delivery.longPauses.length,
      },
    ];
  });
  return summariseDelivery(points);
}
