/** The public catalog: tracks with their rubric dimensions, and active bank questions by keyset page. */
import { and, arrayContains, asc, eq, gt, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import type { TBrowseQuestionsRequest } from "@/server/contracts/catalog";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { localizeRows } from "@/server/questions/translations";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { LEVELS, TRACK_NAMES, TRACKS } from "@/server/contracts/vocabulary/tracks";

export function trackCatalog() {
  return {
    tracks: TRACKS.map((track) => ({
      id: track,
      name: TRACK_NAMES[track],
      levels: [...LEVELS],
      dimensions: getRubric(track).dimensions.map((dimension) => ({ key: dimension.key, label: dimension.label, max: dimension.max })),
    })),
  };
}

/** A page of active bank questions, their texts in `language` (English where not translated yet). */
export async function browseQuestions(db: TDbOrTx, filter: TBrowseQuestionsRequest, language: TLanguage) {
  const filters: SQL[] = [eq(questions.active, true)];
  if (filter.track) filters.push(eq(questions.track, filter.track));
  if (filter.level) filters.push(eq(questions.level, filter.level));
  if (filter.tag) filters.push(arrayContains(questions.tags, [filter.tag]));
  if (filter.cursor) filters.push(gt(questions.id, filter.cursor));
  const rows = await db
    .select({ id: questions.id, track: questions.track, level: questions.level, text: questions.text, tags: questions.tags, difficulty: questions.difficulty })
    .from(questions)
    .where(and(...filters))
    .orderBy(asc(questions.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { language, questions: await localizeRows(db, page, language, (row) => row.id), nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}
