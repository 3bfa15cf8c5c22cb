/**
 * GET /questions runs prepared queries (one per filter combination, built once per database handle).
 * They must return exactly what the query built per request returns (the path inside a transaction).
 */
import { describe, expect, it } from "vitest";
import type { TBrowseQuestionsRequest } from "@/server/contracts/catalog";
import { connectTestDb } from "@/test/helpers/db";
import { localizeRows } from "@/server/questions/translations";
import { browseQuestions } from "./catalog";

const db = connectTestDb();

describe("browseQuestions", () => {
  it("returns the same pages from its prepared queries as from the query built per call, for every filter combination", async () => {
    const all = await browseQuestions(db, { limit: 100 }, "en");
    const sample = all.questions.find((question) => question.tags.length > 0)!;
    const cursor = all.questions[3]!.id;
    const filters: TBrowseQuestionsRequest[] = [];
    for (let mask = 0; mask < 16; mask += 1) {
      filters.push({
        limit: mask % 3 === 0 ? 2 : 20,
        ...(mask & 1 ? { track: sample.track } : {}),
        ...(mask & 2 ? { level: sample.level } : {}),
        ...(mask & 4 ? { tag: sample.tags[0]! } : {}),
        ...(mask & 8 ? { cursor } : {}),
      });
    }
    filters.push({ limit: 5, tag: "no-such-tag" }, { limit: 100, track: sample.track, cursor: "ffffffff-ffff-4fff-bfff-ffffffffffff" });
    for (const filter of filters) {
      for (const language of ["en", "ru"] as const) {
        const prepared = await browseQuestions(db, filter, language);
        // Twice: the second call reuses the prepared statement.
        expect(await browseQuestions(db, filter, language)).toEqual(prepared);
        const built = await db.transaction((tx) => browseQuestions(tx, filter, language));
        expect(prepared).toEqual(built);
        // English skips the translation step: the rows are what localizeRows would make of them.
        if (language === "en") expect(JSON.stringify(prepared.questions)).toBe(JSON.stringify(await localizeRows(db, prepared.questions.map(({ language: _l, fallback: _f, ...row }) => row), "en", (row) => row.id)));
      }
    }
    const tagged = await browseQuestions(db, { limit: 100, tag: sample.tags[0]! }, "en");
    expect(tagged.questions.length).toBeGreaterThan(0);
    for (const question of tagged.questions) expect(question.tags).toContain(sample.tags[0]);
    const paged = await browseQuestions(db, { limit: 2, cursor }, "en");
    expect(paged.questions.map((question) => question.id)).toEqual(all.questions.slice(4, 6).map((question) => question.id));
    expect(paged.nextCursor).toBe(paged.questions[1]!.id);
  });
});
