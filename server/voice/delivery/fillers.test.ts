/** Filler detection against transcripts labelled by hand (test/fixtures/voice/fillers*.jsonl, read by ../eval/filler-set.ts). */
import { describe, expect, it } from "vitest";
import { loadLabelled as load, scoreFillers as score } from "../eval/filler-set";
import { detectFillers } from "./fillers";

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

  it("tells content from fillers in the 12 tricky transcripts ('well', 'so', 'like', 'do you know'; the 'well' and 'like a lot' rules were written for them)", () => {
    const set = load("fillers-tricky.jsonl");
    expect(set).toHaveLength(12);
    const { precision, recall, misses } = score(set);
    console.log(`tricky set (12): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, misses);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("reports the second held-out set (8, written after those rules, not tuned on)", () => {
    const set = load("fillers-heldout-2.jsonl");
    expect(set).toHaveLength(8);
    const { precision, recall, misses } = score(set);
    console.log(`held-out set 2 (8): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, misses);
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
    expect(hits("well the service works well as well")).toEqual([]);
    expect(hits("well um it helped like a lot")).toEqual(["well", "um", "like"]);
  });
});
