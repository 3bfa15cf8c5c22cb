/** Speaking rate on synthetic speech at three espeak-ng speeds (how the true rate is known: ../eval/rate-check.ts). */
import { describe, expect, it } from "vitest";
import { checkRate } from "../eval/rate-check";
import { requireBinaries, scratchDir } from "../speech-fixtures";

const TEXT =
  "The service reads each request from the queue and writes the result to the database. Then it sends a short message to the client, so that the user sees the new state without a full page reload. " +
  "That keeps the interface responsive, even when the load is high. If a worker crashes, the message stays in the queue and another worker picks it up a few seconds later.";

describe("speaking rate on espeak-ng speech", () => {
  it.each([130, 160, 200])("measures the rate within 10 percent at espeak -s %i", async (speed) => {
    await requireBinaries("espeak-ng", "sox");
    const check = await checkRate(TEXT, speed, await scratchDir(), `rate-${speed}`);
    console.log(
      `espeak -s ${speed}: true ${check.trueWpm.toFixed(1)} wpm, measured ${check.measuredWpm} wpm (error ${(check.error * 100).toFixed(1)}%), ` +
        `speaking ${check.speakingSec}s of ${check.durationSec}s, naive words/duration ${((check.words / check.durationSec) * 60).toFixed(1)} wpm`,
    );
    expect(check.rateBasis).toBe("speaking_time");
    expect(check.error).toBeLessThanOrEqual(0.1);
  });
});
