/**
 * Calibration: on every labelled answer set (set 1, set 2a, set 2b and the three hand-written holdouts),
 * the analyzer must rank a higher label above a lower label for the same question. Only general
 * signals may be tuned against these sets. The issue-14 targets (0.92 overall, 0.85 per track and
 * on gaming pairs, every gaming row at or below the mediocre answer) are checked by
 * `npm run eval:scoring`; the floors here are what the analyzer reaches today, so a change that
 * makes ordering worse fails CI while the targets are still being worked towards.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { gamingChecks, loadCalibration, report } from "@/server/scoring/builtin/eval/calibration-metrics";

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const FILES = ["calibration-answers.jsonl", "calibration-answers-2a.jsonl", "calibration-answers-2b.jsonl", "scoring-holdout.jsonl", "scoring-holdout-2.jsonl", "scoring-holdout-3.jsonl"];

const rows = FILES.flatMap((file) => loadCalibration(fixture(file)));
const scored = rows.map((row) => ({
  ...row,
  total: analyzeAnswer({ rubric: row.track, level: row.level, question: { text: row.question }, answer: row.answer }).total,
}));

/**
 * Regression floors: measured values at the time of writing (round 3, all six files including
 * holdout 3: overall 0.876, weakest track 0.858, gaming pairs 0.883, gaming rows 131/153), rounded down.
 */
const FLOOR = { overall: 0.87, perTrack: 0.85, gamingPairs: 0.88, gamingAtOrBelow: 0.85 };

describe("calibration sets", () => {
  const r = report(scored);

  it("has labelled answers for many questions", () => {
    expect(rows.length).toBeGreaterThanOrEqual(320);
  });

  it("orders pairs overall, per track and on gaming pairs at least as well as today", () => {
    console.log(`calibration pairwise ordering ${(r.overall * 100).toFixed(1)}% over ${r.pairs} pairs`, r.byTrack);
    expect(r.overall).toBeGreaterThanOrEqual(FLOOR.overall);
    for (const value of Object.values(r.byTrack)) expect(value).toBeGreaterThanOrEqual(FLOOR.perTrack);
    expect(r.gamingPairs).toBeGreaterThanOrEqual(FLOOR.gamingPairs);
  });

  it("keeps most gaming rows at or below their question's mediocre answer", () => {
    const checks = gamingChecks(scored);
    expect(checks.filter((c) => c.ok).length / checks.length).toBeGreaterThanOrEqual(FLOOR.gamingAtOrBelow);
  });

  it("gives identical scores for identical input", () => {
    for (const row of scored.slice(0, 20)) {
      expect(analyzeAnswer({ rubric: row.track, level: row.level, question: { text: row.question }, answer: row.answer }).total).toBe(row.total);
    }
  });
});
