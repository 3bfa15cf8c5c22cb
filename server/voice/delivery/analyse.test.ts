import { describe, expect, it } from "vitest";
import { ZDeliveryAnalysisSchema } from "@/server/contracts/voice";
import type { AudioAnalysis } from "../audio/envelope";
import { analyseDelivery } from "./analyse";

const audio: AudioAnalysis = {
  durationSec: 80,
  speakingSec: 60,
  segments: [],
  longPauses: [
    { startSec: 20, endSec: 22 },
    { startSec: 45, endSec: 48.5 },
  ],
  thresholdRms: 0.01,
  noiseFloorRms: 0.001,
};

const words = (n: number): string => Array.from({ length: n }, () => "word").join(" ");

describe("analyseDelivery", () => {
  it("measures the rate over speaking time when an envelope is present", () => {
    const result = analyseDelivery({ transcript: words(150), audio, suggestedSec: 90 });
    expect(ZDeliveryAnalysisSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({ wordCount: 150, rateBasis: "speaking_time", wordsPerMinute: 150, rateVerdict: "good", talkTimeVerdict: "on_target" });
    expect(result.summary).toEqual([
      "You spoke at about 150 words per minute while speaking, a comfortable pace.",
      "You used no filler words.",
      "There were 2 long pauses (1.5 seconds or more); the longest lasted 3.5 seconds at 0:45.",
      "Your answer lasted 1:20 against a suggested 1:30, which is about right.",
    ]);
  });

  it("falls back to the duration without audio and counts fillers by kind", () => {
    const transcript = "Um, so the cache, you know, is basically a map. Uh, it's like, fast. Um, yes.";
    const result = analyseDelivery({ transcript, durationSec: 10, suggestedSec: 120 });
    expect(result.rateBasis).toBe("duration");
    expect(result.wordsPerMinute).toBe(result.wordCount * 6);
    expect(result.fillerCounts).toEqual({ um: 2, "you know": 1, basically: 1, uh: 1, like: 1 });
    expect(result.talkTimeVerdict).toBe("short");
    expect(result.summary).toContain('You used 6 filler words or phrases (37.5 per 100 words); the most frequent was "um" (2 times).');
    expect(result.summary).toContain("Try a short silent pause where a filler would go: it sounds more confident.");
    expect(result.summary.every((s) => /^[A-Z].*\.$/.test(s))).toBe(true);
    expect(result.summary.some((s) => s.includes("pause") && s.includes("seconds or more"))).toBe(false);
  });

  it("says so when nothing was said, and flags fast and long answers", () => {
    expect(analyseDelivery({ transcript: "", audio }).summary).toEqual(["No speech was recognised in this answer, so there is no delivery feedback."]);
    expect(analyseDelivery({ transcript: "", durationSec: 0 }).wordsPerMinute).toBeNull();
    const fast = analyseDelivery({ transcript: words(250), audio, suggestedSec: 30 });
    expect(fast).toMatchObject({ rateVerdict: "fast", talkTimeVerdict: "long" });
    expect(fast.summary[0]).toMatch(/fast; slowing down/);
  });

  it("is deterministic", () => {
    const input = { transcript: "Like, I think, um, it works.", audio, suggestedSec: 60 };
    expect(analyseDelivery(input)).toEqual(analyseDelivery(input));
  });
});
