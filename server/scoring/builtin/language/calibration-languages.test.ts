/**
 * Calibration per language (issue 18), enforced in CI: on the hand-written Russian and Korean sets
 * (test/fixtures/calibration-{ru,ko}.jsonl, written before any tuning), pairwise ordering ≥ 0.85 in
 * each language and every gaming row at or below its question's mediocre answer. Today: ru 0.944,
 * ko 0.967, 18/18 gaming rows each (`npm run eval:scoring` prints the same per file and per language).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { loadCalibration } from "@/server/scoring/builtin/eval/calibration-metrics";
import { LANGUAGE_CALIBRATION_FILES, LANGUAGE_TARGETS, reportByLanguage } from "@/server/scoring/builtin/eval/language-metrics";

const fixture = (name: string): string => fileURLToPath(new URL(`../../../../test/fixtures/${name}`, import.meta.url));

const rows = LANGUAGE_CALIBRATION_FILES.flatMap((file) => loadCalibration(fixture(file)));
const scored = rows.map((row) => ({
  ...row,
  total: analyzeAnswer({ rubric: row.track, level: row.level, question: { text: row.question }, answer: row.answer }).total,
}));

describe("calibration per language", () => {
  const reports = reportByLanguage(scored);

  it("has at least 6 questions × 6 labelled answers in Russian and in Korean, over all four tracks", () => {
    for (const language of ["ru", "ko"] as const) {
      const mine = rows.filter((r) => r.id.startsWith(`${language}-`));
      expect(new Set(mine.map((r) => r.question)).size).toBeGreaterThanOrEqual(6);
      expect(mine.length).toBeGreaterThanOrEqual(36);
      expect(new Set(mine.map((r) => r.track)).size).toBe(4);
      expect(new Set(mine.map((r) => r.kind))).toEqual(new Set(["normal", "padding", "offtopic", "injection"]));
    }
  });

  it.each(["ru", "ko"] as const)("orders %s pairs at or above the target, every gaming row at or below the mediocre answer", (language) => {
    const r = reports.find((x) => x.language === language);
    expect(r).toBeDefined();
    console.log(`${language}: pairwise ordering ${((r?.ordering ?? 0) * 100).toFixed(1)}% over ${r?.pairs} pairs; gaming ${r?.gaming.ok}/${r?.gaming.of}`);
    expect(r?.ordering ?? 0).toBeGreaterThanOrEqual(LANGUAGE_TARGETS.perLanguage);
    expect(r?.gaming.ok).toBe(r?.gaming.of);
  });
});
