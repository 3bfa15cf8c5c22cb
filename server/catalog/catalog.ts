/** The public catalog: tracks with their rubric dimensions, and active bank questions by keyset page. */
import { and, arrayContains, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import type { TBrowseQuestionsRequest } from "@/server/contracts/catalog";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { publicCodingSpec } from "@/server/code-runner/public-spec";
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

type TFilterName = "track" | "level" | "tag" | "cursor";
const FILTERS: readonly TFilterName[] = ["track", "level", "tag", "cursor"];

/** The page's query with the given filters; `value` gives each filter's value (or placeholder) and the limit. */
function pageQuery(db: TDbOrTx, present: readonly TFilterName[], value: (name: TFilterName | "limit") => unknown) {
  const filters: SQL[] = [eq(questions.active, true)];
  if (present.includes("track")) filters.push(eq(questions.track, value("track") as never));
  if (present.includes("level")) filters.push(eq(questions.level, value("level") as never));
  if (present.includes("tag")) filters.push(arrayContains(questions.tags, value("tag") as never));
  if (present.includes("cursor")) filters.push(gt(questions.id, value("cursor") as never));
  return db
    .select({ id: questions.id, track: questions.track, level: questions.level, text: questions.text, tags: questions.tags, difficulty: questions.difficulty, coding: questions.coding })
    .from(questions)
    .where(and(...filters))
    .orderBy(asc(questions.id))
    .limit(value("limit") as number);
}

// GET /questions is the busiest public read: Drizzle builds each filter combination's SQL once per
// database handle (placeholders bound per request) instead of on every request (docs/performance.md).
const preparedPages = new WeakMap<TDatabase, Map<string, ReturnType<ReturnType<typeof pageQuery>["prepare"]>>>();

function isDatabase(db: TDbOrTx): db is TDatabase {
  return "$client" in db;
}

async function pageRows(db: TDbOrTx, filter: TBrowseQuestionsRequest) {
  const present = FILTERS.filter((name) => filter[name] !== undefined && filter[name] !== "");
  const values = { track: filter.track, level: filter.level, tag: filter.tag === undefined ? undefined : [filter.tag], cursor: filter.cursor, limit: filter.limit + 1 };
  // Inside a transaction: built as usual (a prepared query belongs to the handle that made it).
  if (!isDatabase(db)) return pageQuery(db, present, (name) => values[name]);
  let byShape = preparedPages.get(db);
  if (!byShape) preparedPages.set(db, (byShape = new Map()));
  const shape = present.join(",");
  let prepared = byShape.get(shape);
  if (!prepared) {
    prepared = pageQuery(db, present, (name) => sql.placeholder(name)).prepare(`catalog_page_${present.join("_") || "all"}`);
    byShape.set(shape, prepared);
  }
  return prepared.execute(Object.fromEntries([...present, "limit" as const].map((name) => [name, values[name]])));
}

/** A page of active bank questions, their texts in `language` (English where not translated yet). */
export async function browseQuestions(db: TDbOrTx, filter: TBrowseQuestionsRequest, language: TLanguage) {
  const rows = await pageRows(db, filter);
  const page = rows.slice(0, filter.limit);
  // English needs no translations: the rows as they are (built field by field, cheaper than a spread of each row).
  const localized =
    language === "en"
      ? page.map((row) => ({ id: row.id, track: row.track, level: row.level, text: row.text, tags: row.tags, difficulty: row.difficulty, language, fallback: [] }))
      : await localizeRows(db, page, language, (row) => row.id);
  // api-v1.md: a coding question carries its starting code and visible examples (never its hidden tests).
  // Language and fallback stay last, as localizeRows writes them, so both paths give the same JSON.
  const questions = localized.map((question, index) => {
    const coding = publicCodingSpec(page[index]?.coding);
    const { coding: _stored, language: asked, fallback, ...summary } = question as typeof question & { coding?: unknown };
    return { ...summary, ...(coding ? { signatures: coding.signatures, examples: coding.examples } : {}), language: asked, fallback };
  });
  return { language, questions, nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}
