/**
 * The other side of off-topic detection: genuine answers the analyzer must not call off topic.
 * Pairwise ordering cannot see this error (a flagged strong story still ranks above a weak one
 * sometimes), yet it is the one a real candidate meets, since nearly everyone answers the question
 * asked. `test/fixtures/scoring/on-topic-stories.jsonl`: 40 stories, 5 for each of 8 behavioral
 * questions, written on 2 December by a writer who had not seen the analyzer's code, in everyday
 * words that seldom repeat the question's ("we pulled it", "she moved to another company").
 */
import { z } from "zod";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";
import { loadJsonlRows } from "@/server/scoring/builtin/eval/calibration-metrics";

export const ON_TOPIC_STORIES_FILE = "scoring/on-topic-stories.jsonl";

export const ZOnTopicStorySchema = z.object({
  id: z.string(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  question: z.string(),
  answer: z.string(),
  quality: z.enum(["strong", "average", "thin"]),
});
export type TOnTopicStory = z.infer<typeof ZOnTopicStorySchema>;

export function loadOnTopicStories(file: string): TOnTopicStory[] {
  return loadJsonlRows(file, ZOnTopicStorySchema);
}

export type TOnTopicResult = { story: TOnTopicStory; total: number; offTopic: boolean };

/** The stories the analyzer flagged off topic, and the median score of all of them. */
export function onTopicSummary(results: readonly TOnTopicResult[]): { flagged: TOnTopicResult[]; median: number } {
  const totals = results.map((r) => r.total).sort((a, b) => a - b);
  return { flagged: results.filter((r) => r.offTopic), median: totals[Math.floor(totals.length / 2)] ?? 0 };
}
