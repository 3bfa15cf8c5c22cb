import { describe, expect, it } from "vitest";
import { TRACKS } from "@/server/contracts/vocabulary/tracks";
import { callerFor } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const { caller } = callerFor(db);

describe("catalog", () => {
  it("lists every track with its levels and rubric dimensions", async () => {
    const { tracks } = await caller.catalog.tracks();
    expect(tracks.map((track) => track.id)).toEqual([...TRACKS]);
    for (const track of tracks) expect(track.dimensions.length).toBeGreaterThan(0);
  });

  it("pages through active questions of a track and level by cursor, without repeats", async () => {
    const first = await caller.catalog.questions({ track: "behavioral", level: "mid", limit: 2 });
    expect(first.questions).toHaveLength(2);
    expect(first.nextCursor).toBe(first.questions[1]!.id);
    const second = await caller.catalog.questions({ track: "behavioral", level: "mid", limit: 2, cursor: first.nextCursor! });
    expect(second.questions.map((question) => question.id)).not.toContain(first.questions[0]!.id);
    for (const question of [...first.questions, ...second.questions]) expect(question).toMatchObject({ track: "behavioral", level: "mid" });
  });

  it("gives coding questions their starting code and visible examples, never hidden tests or solutions, in any language", async () => {
    for (const lang of ["en", "ru"] as const) {
      const { questions } = await caller.catalog.questions({ track: "coding", level: "mid", limit: 3, lang });
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) {
        expect(question.signatures?.python, lang).toMatch(/def |class /);
        expect(question.signatures?.javascript, lang).toMatch(/function |=>|class /);
        expect(question.examples?.length, lang).toBeGreaterThan(0);
        expect(JSON.stringify(question), lang).not.toMatch(/hiddenTests|reference/);
      }
    }
    const { questions: behavioral } = await caller.catalog.questions({ track: "behavioral", level: "mid", limit: 2 });
    for (const question of behavioral) expect(question).not.toHaveProperty("signatures");
  });

  it("filters by tag", async () => {
    const [sample] = (await caller.catalog.questions({ limit: 1 })).questions;
    const tag = sample!.tags[0]!;
    const { questions } = await caller.catalog.questions({ tag, limit: 100 });
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.tags).toContain(tag);
  });
});
