/**
 * Filler detection measured on transcripts labelled by hand (test/fixtures/voice/fillers*.jsonl): each
 * filler is written in [brackets]; the brackets are stripped to get the transcript and the gold spans.
 * A hit counts when its character span equals a gold span exactly. Used by fillers.test.ts (asserted)
 * and `npm run eval:voice` (printed).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectFillers } from "../delivery/fillers";

export interface LabelledTranscript {
  id: string;
  text: string;
  gold: { start: number; end: number }[];
}

export interface FillerScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Each wrong call: `f07 false positive "like"`, `f12 missed "you know"`. */
  misses: string[];
}

export function unmark(marked: string): { text: string; gold: LabelledTranscript["gold"] } {
  const gold: LabelledTranscript["gold"] = [];
  let text = "";
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith("[")) {
      gold.push({ start: text.length, end: text.length + part.length - 2 });
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, gold };
}

export function loadLabelled(file: string): LabelledTranscript[] {
  const lines = readFileSync(path.resolve("test/fixtures/voice", file), "utf8").split("\n").filter((l) => l.trim());
  return lines.map((line) => {
    const row = JSON.parse(line) as { id: string; marked: string };
    return { id: row.id, ...unmark(row.marked) };
  });
}

export function scoreFillers(set: LabelledTranscript[]): FillerScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const span = (text: string, key: string): string => text.slice(...(key.split(":").map(Number) as [number, number]));
  for (const row of set) {
    const found = detectFillers(row.text).map((h) => `${h.start}:${h.end}`);
    const gold = row.gold.map((g) => `${g.start}:${g.end}`);
    for (const f of found) {
      if (gold.includes(f)) tp++;
      else {
        fp++;
        misses.push(`${row.id} false positive "${span(row.text, f)}"`);
      }
    }
    for (const g of gold.filter((g) => !found.includes(g))) {
      fn++;
      misses.push(`${row.id} missed "${span(row.text, g)}"`);
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn, misses };
}
