/**
 * Filler detection against transcripts labelled by hand (test/fixtures/voice/fillers*.jsonl): each filler
 * is written in [brackets]; the test strips the brackets to get the transcript and the gold spans.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFillers } from "./fillers";

interface Labelled {
  id: string;
  text: string;
  gold: { start: number; end: number }[];
}

function unmark(marked: string): { text: string; gold: Labelled["gold"] } {
  const gold: Labelled["gold"] = [];
  let text = "";
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith("[")) {
      gold.push({ start: text.length, end: text.length + part.length - 2 });
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, gold };
}

function load(file: string): Labelled[] {
  const lines = readFileSync(path.resolve("test/fixtures/voice", file), "utf8").split("\n").filter((l) => l.trim());
  return lines.map((line) => {
    const row = JSON.parse(line) as { id: string; marked: string };
    return { id: row.id, ...unmark(row.marked) };
  });
}

function score(set: Labelled[]): { precision: number; recall: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const row of set) {
    const found = detectFillers(row.text).map((h) => `${h.start}:${h.end}`);
    const gold = row.gold.map((g) => `${g.start}:${g.end}`);
    for (const f of found) {
      if (gold.includes(f)) tp++;
      else {
        fp++;
        misses.push(`${row.id} false positive "${row.text.slice(...f.split(":").map(Number))}"`);
      }
    }
    for (const g of gold.filter((g) => !found.includes(g))) {
      fn++;
      misses.push(`${row.id} missed "${row.text.slice(...g.split(":").map(Number))}"`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), misses };
}

describe("filler detection on hand-labelled transcripts", () => {
  it("reaches precision and recall of at least 0.9 on the 30 labelled transcripts", () => {
    const set = load("fillers.jsonl");
    expect(set).toHaveLength(30);
    const { precision, recall, misses } = score(set);
    console.log(`labelled set (30): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, misses);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("reports the 6 held-out transcripts separately (not tuned on)", () => {
    const set = load("fillers-heldout.jsonl");
    expect(set).toHaveLength(6);
    const { precision, recall, misses } = score(set);
    console.log(`held-out set (6): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, misses);
    expect(precision).toBeGreaterThan(0);
  });

  it("returns word indexes and character offsets", () => {
    const text = "Um, I like this design. It looks like a queue, you know.";
    expect(detectFillers(text)).toEqual([
      { filler: "um", text: "Um", wordIndex: 0, wordCount: 1, start: 0, end: 2 },
      { filler: "you know", text: "you know", wordIndex: 10, wordCount: 2, start: 47, end: 55 },
    ]);
  });

  it("tells the verb, comparison and hedge uses apart from fillers without punctuation (ASR output)", () => {
    const hits = (t: string): string[] => detectFillers(t).map((h) => h.text);
    expect(hits("i like this design")).toEqual([]);
    expect(hits("it looks like a queue")).toEqual([]);
    expect(hits("so the cache is warm")).toEqual([]);
    expect(hits("what kind of data do we store")).toEqual([]);
    expect(hits("it was like thirty seconds and uh it was kind of slow")).toEqual(["like", "uh", "kind of"]);
  });
});
