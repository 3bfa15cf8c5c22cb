/**
 * Calibration: on the labelled answer set, the analyzer must rank a higher label above a lower
 * label for the same question in at least 90% of pairs, and never put an injection or off-topic
 * answer above the label-2 answer of its question. Only general signals may be tuned against it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { ZLevelSchema, ZTrackSchema } from "@/server/tracks";

const ZCalibrationAnswerSchema = z.object({
  id: z.string(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  question: z.string(),
  answer: z.string(),
  label: z.number().int().min(1).max(4),
  kind: z.enum(["normal", "padding", "offtopic", "injection"]),
  notes: z.string(),
});

const FIXTURE = fileURLToPath(new URL("../../../test/fixtures/calibration-answers.jsonl", import.meta.url));

const answers = readFileSync(FIXTURE, "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => ZCalibrationAnswerSchema.parse(JSON.parse(line)));

const scored = answers.map((a) => ({
  ...a,
  total: analyzeAnswer({ rubric: a.track, level: a.level, question: { text: a.question }, answer: a.answer }).total,
}));

const byQuestion = new Map<string, typeof scored>();
for (const a of scored) byQuestion.set(a.question, [...(byQuestion.get(a.question) ?? []), a]);

describe("calibration set", () => {
  it("has labelled answers for several questions", () => {
    expect(answers.length).toBeGreaterThanOrEqual(40);
    expect(byQuestion.size).toBeGreaterThanOrEqual(8);
  });

  it("ranks the higher label strictly higher in at least 90% of pairs", () => {
    let pairs = 0;
    let correct = 0;
    const misses: string[] = [];
    for (const group of byQuestion.values()) {
      for (const higher of group) {
        for (const lower of group) {
          if (higher.label <= lower.label) continue;
          pairs += 1;
          if (higher.total > lower.total) correct += 1;
          else misses.push(`${higher.id} (label ${higher.label}, ${higher.total}) <= ${lower.id} (label ${lower.label}, ${lower.total})`);
        }
      }
    }
    const accuracy = correct / pairs;
    console.log(`calibration pairwise accuracy: ${correct}/${pairs} = ${(accuracy * 100).toFixed(1)}%`);
    if (misses.length > 0) console.log(`misordered pairs:\n  ${misses.join("\n  ")}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("never scores an injection or off-topic answer above the label-2 answer of its question", () => {
    for (const group of byQuestion.values()) {
      const labelTwo = group.filter((a) => a.label === 2);
      if (labelTwo.length === 0) continue;
      const floor = Math.min(...labelTwo.map((a) => a.total));
      for (const a of group.filter((x) => x.kind === "injection" || x.kind === "offtopic")) {
        expect(a.total, `${a.id} scored ${a.total}, label-2 answers score from ${floor}`).toBeLessThanOrEqual(floor);
      }
    }
  });
});
