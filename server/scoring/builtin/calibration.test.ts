/**
 * Calibration: on every labelled answer set (set 1, set 2a, set 2b, the five hand-written
 * hold-outs and holdout-s6), the analyzer must rank a higher label above a lower label for the same question.
 * Only general signals may be tuned against these sets.
 *
 * What CI enforces: issue 14's targets where the analyzer reaches them (overall ≥ 0.92, every track
 * ≥ 0.85, pairs with a gaming row ≥ 0.85), and, where it does not yet, what it reaches today less a
 * hair, so a change that makes ordering worse fails while the rest of the way is worked on. Round 5,
 * all eight files: overall 0.920, 194 of 209 gaming rows at or below the mediocre answer (target:
 * all), weakest track behavioral 0.877, gaming pairs 0.936. `npm run eval:scoring` prints the same
 * numbers per file and exits 1 below the full targets. Round 6 left these numbers as they were (see
 * the README); it added the fresh hold-out s6 (6 questions × 8 answers, written before any change was
 * tried: 0.944, 21 of 24 gaming rows at or below the mediocre answer) and the tune/hold-out split by
 * question (tune 0.908, hold-out 0.935), each with its own floor below. Round 8 (the question's focus,
 * question-focus.ts, and the situation a story prompt names first, situations.ts): overall 0.933,
 * 200 of 209 gaming rows at or below the mediocre answer, tune 0.929, hold-out 0.937, fresh hold-out
 * 0.954 with 22 of 24 gaming rows at or below the mediocre answer (its rows had been seen, see the README).
 * Round 10: holdout-s6 joined the calibration files (9 files, 490 answers: overall 0.938, 222 of 233
 * gaming rows at or below the mediocre answer, tune 0.932, hold-out 0.946) and hold-out 7 (7 questions ×
 * 8 answers, written before round 10 tried anything) became the fresh hold-out: 0.960, 25 of 28 gaming
 * rows at or below the mediocre answer when first scored.
 * Round 11 (a comparison answered about a third thing, comparison-subject.ts): overall 0.941, 223 of 233
 * gaming rows at or below the mediocre answer, tune 0.932 (unchanged), hold-out 0.952, fresh hold-out 7
 * unchanged (0.960, 25 of 28).
 * Round 13: hold-out 7 joined the calibration files (10 files, 546 answers: overall 0.949, 249 of 261
 * gaming rows at or below the mediocre answer, tune 0.944, hold-out 0.954) and hold-out 8 (8 questions ×
 * 8 answers, written blind: see calibration-metrics.ts) became the fresh hold-out: 0.896, 28 of 32 when
 * first scored; 0.903 after the round's hand-over wording, one of whose stories it had shown.
 * Round 14: hold-out 8 joined the calibration files (11 files, 610 answers: overall 0.943, 278 of 293
 * gaming rows at or below the mediocre answer, tune 0.940, hold-out 0.947) and hold-out 9 (written
 * blind the same way) became the fresh hold-out: 0.903, 30 of 32, when first scored. Also since round 14:
 * 40 genuine stories written blind (on-topic-stories.ts), of which 3 were flagged off topic.
 * 3 December: those 3 unflagged (everyday hand-over and mistake phrasings); then two more sets written
 * blind, each 50 genuine stories and 30 of another kind for ten questions of kinds the families do not
 * know. First scored: set 2, 1 of 50 flagged, 3 of 30 of another kind flagged, 24 of 30 above the
 * question's weaker average story; set 3, 11 of 50 flagged (a question's "wrong" or "missing" read as
 * a mistake story), 10 and 22 of 30. After the day's changes: 1 of 140 flagged, 7 of 60 of another
 * kind flagged and 47 of 60 above the weaker average story (what the built-in analyzer cannot judge).
 * A fourth set, 15 product, engineering and coding questions with 4 genuine answers and 2 off-topic
 * ones each: 3 of 60 genuine flagged when first scored, 2 after the day's light verbs; with it, 3 of
 * 200 genuine answers flagged, 28 of 90 answers to another question flagged and 54 of 90 above the
 * weaker average genuine answer.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import * as metrics from "@/server/scoring/builtin/eval/calibration-metrics";
import type { TCalibrationRow } from "@/server/scoring/builtin/eval/calibration-metrics";
import {
  loadOnTopicStories,
  loadOtherKindStories,
  ON_TOPIC_STORIES_FILES,
  otherKindSummary,
  OTHER_KIND_STORIES_FILES,
} from "@/server/scoring/builtin/eval/on-topic-stories";

const { CALIBRATION_FILES, FRESH_HOLDOUT_FILES, gamingChecks, loadCalibration, report, SCORING_TARGETS, splitOf } = metrics;

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));

const scoreRow = (row: TCalibrationRow) => ({
  ...row,
  total: analyzeAnswer({ rubric: row.track, level: row.level, question: { text: row.question }, answer: row.answer }).total,
});
const rows = CALIBRATION_FILES.flatMap((file) => loadCalibration(fixture(file)));
const scored = rows.map(scoreRow);
const fresh = FRESH_HOLDOUT_FILES.flatMap((file) => loadCalibration(fixture(file))).map(scoreRow);

/** Not yet at target: today's value (15 of 293 gaming rows above the mediocre answer since round 14). */
const FLOOR = { gamingRowsAbove: 15 };
/** Round 14 measurements less a hair: the two halves of the split (0.940, 0.947) and fresh hold-out 9 (0.903, 2 gaming rows above). */
const SPLIT_FLOOR = { tune: 0.935, holdout: 0.945 };
const FRESH_FLOOR = { overall: 0.9, gamingRowsAbove: 2 };
/** Genuine answers flagged off topic: today's 3 of 200 (the target is none). */
const ON_TOPIC_FLAGGED_MAX = 3;
/** Answers to another question: today 28 of 90 flagged and 54 of 90 above the weaker average genuine one; not to get worse. */
const OTHER_KIND_FLOOR = { flagged: 28, aboveAverage: 54 };

describe("calibration sets", () => {
  const r = report(scored);

  it("has labelled answers for many questions", () => {
    expect(rows.length).toBeGreaterThanOrEqual(610);
  });

  it("meets the per-track and gaming-pair targets", () => {
    console.log(`calibration pairwise ordering ${(r.overall * 100).toFixed(1)}% over ${r.pairs} pairs`, r.byTrack);
    for (const value of Object.values(r.byTrack)) expect(value).toBeGreaterThanOrEqual(SCORING_TARGETS.perTrack);
    expect(r.gamingPairs).toBeGreaterThanOrEqual(SCORING_TARGETS.gamingPairs);
  });

  it("meets the overall pairwise target", () => {
    expect(r.overall).toBeGreaterThanOrEqual(SCORING_TARGETS.overall);
  });

  it("keeps gaming rows at or below their question's mediocre answer at least as often as today", () => {
    const above = gamingChecks(scored).filter((c) => !c.ok);
    expect(above.length).toBeLessThanOrEqual(FLOOR.gamingRowsAbove);
  });

  it("gives identical scores for identical input", () => {
    for (const row of scored.slice(0, 20)) {
      expect(analyzeAnswer({ rubric: row.track, level: row.level, question: { text: row.question }, answer: row.answer }).total).toBe(row.total);
    }
  });
});

describe("tune and hold-out halves", () => {
  it("puts every answer to a question in the same half, the same way every run", () => {
    const halves = new Map<string, string>();
    for (const row of rows) {
      const half = splitOf(row);
      expect(halves.get(row.question) ?? half).toBe(half);
      halves.set(row.question, half);
    }
    const counts = [...halves.values()].reduce((acc, half) => acc.set(half, (acc.get(half) ?? 0) + 1), new Map<string, number>());
    // Both halves hold a fair share of the questions.
    for (const half of ["tune", "holdout"]) expect(counts.get(half) ?? 0).toBeGreaterThan(halves.size / 3);
  });

  it("keeps each half at or above its floor", () => {
    for (const half of ["tune", "holdout"] as const) {
      expect(report(scored.filter((row) => splitOf(row) === half)).overall).toBeGreaterThanOrEqual(SPLIT_FLOOR[half]);
    }
  });
});

describe("fresh hold-out (written after the last tuning round)", () => {
  it("has eight questions with eight labelled answers each, every gaming kind among them", () => {
    expect(fresh.length).toBe(64);
    expect(new Set(fresh.map((row) => row.question)).size).toBe(8);
    expect(new Set(fresh.map((row) => row.kind))).toEqual(new Set(["normal", "padding", "offtopic", "injection"]));
  });

  it("orders answers and keeps gaming rows down at least as well as when first measured", () => {
    const r = report(fresh);
    expect(r.overall).toBeGreaterThanOrEqual(FRESH_FLOOR.overall);
    expect(gamingChecks(fresh).filter((c) => !c.ok).length).toBeLessThanOrEqual(FRESH_FLOOR.gamingRowsAbove);
  });
});

describe("genuine stories written blind (on-topic-stories.ts)", () => {
  const stories = ON_TOPIC_STORIES_FILES.flatMap((file) => loadOnTopicStories(fixture(file)));
  const others = OTHER_KIND_STORIES_FILES.flatMap((file) => loadOtherKindStories(fixture(file)));
  const judge = <T extends { track: TCalibrationRow["track"]; level: TCalibrationRow["level"]; question: string; answer: string }>(story: T) => {
    const score = analyzeAnswer({ rubric: story.track, level: story.level, question: { text: story.question }, answer: story.answer });
    return { story, total: score.total, offTopic: score.flags.includes("off_topic") };
  };
  const genuine = stories.map(judge);

  it("holds genuine answers to 43 questions, and answers to another question for 35 of them", () => {
    expect(stories.length).toBe(200);
    expect(new Set(stories.map((story) => story.question)).size).toBe(43);
    expect(others.length).toBe(90);
    expect(others.every((other) => stories.some((story) => story.question === other.question))).toBe(true);
  });

  it("flags no more of them off topic than today", () => {
    const flagged = genuine.filter((r) => r.offTopic);
    expect(flagged.length, `flagged: ${flagged.map((r) => r.story.id).join(", ")}`).toBeLessThanOrEqual(ON_TOPIC_FLAGGED_MAX);
  });

  it("ranks stories of another kind no worse than today", () => {
    const summary = otherKindSummary(others.map(judge), genuine);
    expect(summary.flagged).toBeGreaterThanOrEqual(OTHER_KIND_FLOOR.flagged);
    expect(summary.aboveAverage).toBeLessThanOrEqual(OTHER_KIND_FLOOR.aboveAverage);
  });
});
