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

/**
 * The first file: 8 questions of kinds the analyzer's situation families know. The second and third,
 * written on 3 December the same way by two more writers: 10 questions each of other kinds ("a project
 * that was shut down", "changing your mind", "something you believed was wrong", "a genuine
 * emergency"), 5 stories each.
 */
export const ON_TOPIC_STORIES_FILES = [
  "scoring/on-topic-stories.jsonl",
  "scoring/on-topic-stories-2.jsonl",
  "scoring/on-topic-stories-3.jsonl",
  // Written the same way for 15 product, engineering and coding questions: 4 genuine answers each.
  "scoring/on-topic-answers-4.jsonl",
] as const;
/**
 * Strong stories filed under a question they do not answer (a prepared story reused for the wrong
 * question), 3 for each question of the second and third files, written blind with them;
 * `answers_instead` says which question each really answers.
 */
export const OTHER_KIND_STORIES_FILES = ["scoring/other-kind-stories.jsonl", "scoring/other-kind-stories-3.jsonl", "scoring/off-topic-answers-4.jsonl"] as const;

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

export const ZOtherKindStorySchema = ZOnTopicStorySchema.omit({ quality: true }).extend({ answers_instead: z.string() });
export type TOtherKindStory = z.infer<typeof ZOtherKindStorySchema>;

export function loadOtherKindStories(file: string): TOtherKindStory[] {
  return loadJsonlRows(file, ZOtherKindStorySchema);
}

/**
 * How the stories of another kind fare against the genuine ones under the same question: how many
 * are flagged off topic, and how many score above the question's weaker "average" genuine story
 * (which a story that does not answer the question should never do).
 */
export function otherKindSummary(
  others: ReadonlyArray<{ story: TOtherKindStory; total: number; offTopic: boolean }>,
  genuine: readonly TOnTopicResult[],
): { flagged: number; aboveAverage: number; of: number } {
  const weakerAverage = (question: string): number =>
    Math.min(...genuine.filter((r) => r.story.question === question && r.story.quality === "average").map((r) => r.total));
  const compared = others.filter((o) => Number.isFinite(weakerAverage(o.story.question)));
  return {
    flagged: others.filter((o) => o.offTopic).length,
    aboveAverage: compared.filter((o) => o.total > weakerAverage(o.story.question)).length,
    of: others.length,
  };
}

export type TOnTopicResult = { story: TOnTopicStory; total: number; offTopic: boolean };

/** The stories the analyzer flagged off topic, and the median score of all of them. */
export function onTopicSummary(results: readonly TOnTopicResult[]): { flagged: TOnTopicResult[]; median: number } {
  const totals = results.map((r) => r.total).sort((a, b) => a - b);
  return { flagged: results.filter((r) => r.offTopic), median: totals[Math.floor(totals.length / 2)] ?? 0 };
}
