import { describe, expect, it } from "vitest";
import type { AudioAnalysis } from "../audio/envelope";
import { analyseDelivery } from "./analyse";
import { recomputeDelivery } from "./recompute";

const envelope: AudioAnalysis = {
  durationSec: 64.2,
  speakingSec: 48,
  segments: [
    { startSec: 0.5, endSec: 30 },
    { startSec: 32.5, endSec: 61 },
  ],
  longPauses: [{ startSec: 30, endSec: 32.5 }],
  thresholdRms: 0.01,
  noiseFloorRms: 0.001,
};

const words = (n: number, word = "cache"): string => Array.from({ length: n }, () => word).join(" ");

describe("recomputeDelivery", () => {
  it("keeps the audio's timing and takes the words from the correction", () => {
    const original = analyseDelivery({ transcript: `the ${words(119)}`, audio: envelope, suggestedSec: 120 });
    const corrected = `Um, ${words(143)}`;
    const again = recomputeDelivery({ delivery: original, durationSec: 64.2 }, corrected);
    expect(again).toMatchObject({
      wordCount: 144,
      durationSec: 64.2,
      speakingSec: 48,
      rateBasis: "speaking_time",
      wordsPerMinute: 180,
      longPauses: envelope.longPauses,
      suggestedSec: 120,
      talkTimeVerdict: "on_target",
      fillerCounts: { um: 1 },
    });
    // The same as analysing the corrected words with the envelope in the first place.
    expect(again).toEqual(analyseDelivery({ transcript: corrected, audio: envelope, suggestedSec: 120 }));
  });

  it("measures over the duration when the stored analysis had no envelope", () => {
    const original = analyseDelivery({ transcript: words(10), durationSec: 30, suggestedSec: 120 });
    expect(recomputeDelivery({ delivery: original, durationSec: 30 }, words(60))).toMatchObject({ rateBasis: "duration", wordsPerMinute: 120, talkTimeVerdict: "short" });
  });

  it("works from the recording's duration when there is no stored analysis", () => {
    expect(recomputeDelivery({ delivery: null, durationSec: 90 }, words(150), { suggestedSec: 180 })).toMatchObject({
      rateBasis: "duration",
      wordsPerMinute: 100,
      rateVerdict: "slow",
      suggestedSec: 180,
      talkTimeVerdict: "on_target",
    });
  });
});
