/**
 * Calibration metrics shared by `npm run eval:scoring` and the calibration test: pairwise ordering
 * (a higher label must score strictly higher for the same question), gaming rows against the
 * mediocre answer, ties, and a word-count baseline to compare with.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";

export const ZCalibrationRowSchema = z.object({
  id: z.string(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  question: z.string(),
  answer: z.string(),
  label: z.number().int().min(1).max(4),
  kind: z.enum(["normal", "padding", "offtopic", "injection"]),
  notes: z.string(),
});
export type TCalibrationRow = z.infer<typeof ZCalibrationRowSchema>;
export type TScoredRow = TCalibrationRow & { total: number };

/**
 * Every labelled set under test/fixtures: calibration set 1, set 2 (2a, 2b), the five hand-written
 * hold-outs and holdout-s6. Hold-out 4 was written before the round-4 tuning and hold-out 5 before the
 * round-5 tuning; neither was looked at while tuning (round 5 tuned on half of the other questions and
 * checked the rest). holdout-s6 was the fresh hold-out of rounds 6 to 9 and joined these in round 10,
 * when hold-out 7 replaced it.
 */
export const CALIBRATION_FILES = [
  "calibration-answers.jsonl",
  "calibration-answers-2a.jsonl",
  "calibration-answers-2b.jsonl",
  "scoring-holdout.jsonl",
  "scoring-holdout-2.jsonl",
  "scoring-holdout-3.jsonl",
  "scoring-holdout-4.jsonl",
  "scoring-holdout-5.jsonl",
  "scoring/holdout-s6.jsonl",
  "scoring-holdout-7.jsonl",
  "scoring-holdout-8.jsonl",
] as const;

/**
 * Hold-outs written after the last tuning round and kept out of it: reported on their own (eval:scoring's
 * FRESH HOLD-OUT section and the calibration test), not mixed into the ALL numbers above, so those stay
 * comparable from round to round. Hold-out 9: 8 questions × 8 answers (two per track), written in round 14
 * by a writer who had not seen the analyzer's code, and first scored by the analyzer as round 14 found it
 * (0.903, 30 of 32 gaming rows at or below the mediocre answer). Hold-out 8, the previous fresh set
 * (written the same way in round 13), joined the files above when it arrived.
 */
export const FRESH_HOLDOUT_FILES = ["scoring-holdout-9.jsonl"] as const;

export type TSplit = "tune" | "holdout";

/**
 * Which half of the calibration questions a row belongs to: a fixed hash (FNV-1a) of its question text,
 * so all answers to a question fall in the same half and the split never depends on file order. A
 * tuning round changes the analyzer only for what helps the tune half and checks the hold-out half.
 */
export function splitOf(row: Pick<TCalibrationRow, "question">): TSplit {
  let hash = 0x811c9dc5;
  for (const char of row.question) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 1 ? "tune" : "holdout";
}

/** Issue 14's targets for the built-in analyzer on all files together; every gaming row must also stay at or below its mediocre answer. */
export const SCORING_TARGETS = { overall: 0.92, perTrack: 0.85, gamingPairs: 0.85 } as const;

/** One JSON object per line, each checked against `schema`; an error names the file and line. */
export function loadJsonlRows<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function loadCalibration(file: string): TCalibrationRow[] {
  return loadJsonlRows(file, ZCalibrationRowSchema);
}

export function isGaming(row: TCalibrationRow): boolean {
  return row.kind !== "normal";
}

export type TPair = { higher: TScoredRow; lower: TScoredRow; correct: boolean; tie: boolean };

export function pairsOf(rows: readonly TScoredRow[]): TPair[] {
  const byQuestion = new Map<string, TScoredRow[]>();
  for (const row of rows) byQuestion.set(row.question, [...(byQuestion.get(row.question) ?? []), row]);
  const pairs: TPair[] = [];
  for (const group of byQuestion.values()) {
    for (const higher of group) {
      for (const lower of group) {
        if (higher.label <= lower.label) continue;
        pairs.push({ higher, lower, correct: higher.total > lower.total, tie: higher.total === lower.total });
      }
    }
  }
  return pairs;
}

export function accuracy(pairs: readonly TPair[]): number {
  return pairs.length === 0 ? 1 : pairs.filter((p) => p.correct).length / pairs.length;
}

export type TGamingCheck = { row: TScoredRow; mediocre: number; ok: boolean };

/**
 * Each gaming row against its question's mediocre (label-2) answer; questions without one use
 * the lowest-scored normal answer above label 1.
 */
export function gamingChecks(rows: readonly TScoredRow[]): TGamingCheck[] {
  const checks: TGamingCheck[] = [];
  const byQuestion = new Map<string, TScoredRow[]>();
  for (const row of rows) byQuestion.set(row.question, [...(byQuestion.get(row.question) ?? []), row]);
  for (const group of byQuestion.values()) {
    const mediocre = group.filter((r) => r.label === 2 && r.kind === "normal");
    if (mediocre.length === 0) continue;
    const floor = Math.min(...mediocre.map((r) => r.total));
    for (const row of group.filter(isGaming)) checks.push({ row, mediocre: floor, ok: row.total <= floor });
  }
  return checks;
}

export type TReport = {
  rows: number;
  pairs: number;
  overall: number;
  byTrack: Record<string, number>;
  byKind: Record<string, number>;
  gamingPairs: number;
  gamingAtOrBelow: { ok: number; of: number };
  ties: number;
  worst: TPair[];
};

export function report(rows: readonly TScoredRow[]): TReport {
  const pairs = pairsOf(rows);
  const group = (key: (p: TPair) => string): Record<string, number> => {
    const buckets = new Map<string, TPair[]>();
    for (const p of pairs) buckets.set(key(p), [...(buckets.get(key(p)) ?? []), p]);
    return Object.fromEntries([...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, accuracy(v)]));
  };
  const checks = gamingChecks(rows);
  const worst = pairs
    .filter((p) => !p.correct)
    .sort((a, b) => b.lower.total - b.higher.total - (a.lower.total - a.higher.total) || a.higher.id.localeCompare(b.higher.id))
    .slice(0, 10);
  return {
    rows: rows.length,
    pairs: pairs.length,
    overall: accuracy(pairs),
    byTrack: group((p) => p.higher.track),
    // A pair's kind is the lower row's kind: "padding" means "did padding stay below the better answers".
    byKind: group((p) => p.lower.kind),
    gamingPairs: accuracy(pairs.filter((p) => isGaming(p.lower) || isGaming(p.higher))),
    gamingAtOrBelow: { ok: checks.filter((c) => c.ok).length, of: checks.length },
    ties: pairs.filter((p) => p.tie).length,
    worst,
  };
}

/** The baseline every scorer must beat: more words, higher score. */
export function wordCountScore(answer: string): number {
  return answer.split(/\s+/).filter((w) => w.length > 0).length;
}
