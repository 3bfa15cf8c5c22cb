/**
 * The deterministic extractor on 12 hand-labelled job descriptions (test/fixtures/job-descriptions):
 * prints recall and spurious rate per description and asserts recall ≥ 0.8 and spurious ≤ 0.2 overall.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { scoreExtraction, type TExtractionScore } from "./evaluate";
import { extractRequirements } from "./extract";
import { buildVocabulary } from "./vocabulary";

const DIR = path.resolve("test/fixtures/job-descriptions");
const vocabulary = buildVocabulary(SEED_QUESTIONS);

function loadFixtures(dir: string) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const labels = (JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as { requirements: Array<{ text: string }> }).requirements;
      return { name, text, title: text.split("\n")[0]!, labels: labels.map((label) => label.text) };
    });
}

function table(rows: Array<{ name: string } & TExtractionScore>) {
  const total = rows.reduce((sum, row) => ({ labelled: sum.labelled + row.labelled, found: sum.found + row.found, extracted: sum.extracted + row.extracted, spurious: sum.spurious + row.spurious }), { labelled: 0, found: 0, extracted: 0, spurious: 0 });
  const line = (name: string, r: { labelled: number; found: number; extracted: number; spurious: number }) =>
    `${name.padEnd(32)} ${String(r.labelled).padStart(8)} ${String(r.extracted).padStart(9)} ${(r.found / r.labelled).toFixed(2).padStart(7)} ${(r.spurious / Math.max(r.extracted, 1)).toFixed(2).padStart(9)}`;
  console.log([`${"description".padEnd(32)} labelled extracted  recall  spurious`, ...rows.map((row) => line(row.name, row)), line("OVERALL", total)].join("\n"));
  for (const row of rows) if (row.missed.length || row.spuriousItems.length) console.log(`${row.name}\n  missed: ${JSON.stringify(row.missed)}\n  spurious: ${JSON.stringify(row.spuriousItems)}`);
  return { recall: total.found / total.labelled, spurious: total.spurious / total.extracted };
}

describe("requirement extraction on labelled job descriptions", () => {
  it("finds ≥ 80% of the labelled requirements with ≤ 20% spurious items overall", () => {
    const rows = loadFixtures(DIR).map((fixture) => ({ name: fixture.name, ...scoreExtraction(extractRequirements(fixture.text, vocabulary, fixture.title).map((r) => r.text), fixture.labels) }));
    expect(rows).toHaveLength(12);
    const overall = table(rows);
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
    expect(overall.spurious).toBeLessThanOrEqual(0.2);
  });

  it("held out (written with their labels before the extractor was run on them; evaluated once, not tuned on): the table is printed", () => {
    const rows = loadFixtures(path.join(DIR, "held-out")).map((fixture) => ({ name: `held-out/${fixture.name}`, ...scoreExtraction(extractRequirements(fixture.text, vocabulary, fixture.title).map((r) => r.text), fixture.labels) }));
    expect(rows).toHaveLength(2);
    table(rows);
  });

  it("maps every requirement to at least one track and rubric dimension", () => {
    for (const fixture of loadFixtures(DIR)) {
      for (const requirement of extractRequirements(fixture.text, vocabulary, fixture.title)) {
        expect(requirement.tracks.length, requirement.text).toBeGreaterThan(0);
        expect(requirement.dimensions.length, requirement.text).toBeGreaterThan(0);
      }
    }
  });
});

describe("a database requirement that names EXPLAIN", () => {
  it("is a software-engineering skill, not communication (EXPLAIN is PostgreSQL's, not 'explain to people')", () => {
    for (const text of ["Requirements:\n- Deep knowledge of PostgreSQL: indexes, EXPLAIN, locking", "Требования:\n- Глубокое знание PostgreSQL: индексы, EXPLAIN, блокировки"]) {
      const [requirement] = extractRequirements(text, vocabulary, "Backend engineer");
      expect(requirement?.tracks, text).not.toContain("behavioral");
    }
  });
});
