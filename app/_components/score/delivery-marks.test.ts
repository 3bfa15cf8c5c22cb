import { describe, expect, it } from "vitest";
import type { TFillerHit } from "@/server/contracts/voice";
import { minutesSeconds, transcriptRuns } from "./delivery-marks";

const hit = (filler: string, text: string, start: number): TFillerHit => ({ filler, text, start, end: start + text.length, wordIndex: 0, wordCount: text.split(" ").length });

describe("transcriptRuns", () => {
  const transcript = "Um so I think, you know, we shipped it";
  it("cuts the transcript at each filler, in order, losing nothing", () => {
    const runs = transcriptRuns(transcript, [hit("you know", "you know", 15), hit("um", "Um", 0)]);
    expect(runs).toEqual([
      { text: "Um", filler: "um" },
      { text: " so I think, ", filler: null },
      { text: "you know", filler: "you know" },
      { text: ", we shipped it", filler: null },
    ]);
    expect(runs.map((run) => run.text).join("")).toBe(transcript);
  });

  it("leaves hits unmarked when their offsets do not point at their words, overlap or run past the end", () => {
    const runs = transcriptRuns(transcript, [hit("um", "um", 3), hit("you know", "you know", 15), hit("know", "know", 19), hit("it", "it", 37 + 5)]);
    expect(runs.filter((run) => run.filler)).toEqual([{ text: "you know", filler: "you know" }]);
    expect(runs.map((run) => run.text).join("")).toBe(transcript);
  });

  it("returns the whole text as one run without fillers, and one empty run for an empty transcript", () => {
    expect(transcriptRuns("fine", [])).toEqual([{ text: "fine", filler: null }]);
    expect(transcriptRuns("", [])).toEqual([{ text: "", filler: null }]);
  });
});

describe("minutesSeconds", () => {
  it("writes m:ss", () => expect([0, 9.6, 75.4, 600].map(minutesSeconds)).toEqual(["0:00", "0:10", "1:15", "10:00"]));
});
