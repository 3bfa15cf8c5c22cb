/**
 * Speaking rate on synthetic speech at three espeak-ng speeds.
 *
 * What is the "true" rate? espeak-ng's -s is a nominal words-per-minute that allows for its own sentence
 * and comma pauses, so words actually come ~1.3× faster than -s while it is speaking. The true speaking rate
 * is therefore calibrated from espeak itself: the same words synthesised WITHOUT punctuation contain no
 * pauses at all, so (words / that file's length) is the pace at which it articulates. The measured rate
 * comes from the punctuated text, whose sentence and comma pauses the envelope has to leave out.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { analyseAudio } from "../audio/envelope";
import { parseWav } from "../audio/wav";
import { requireBinaries, scratchDir, synthesise } from "../speech-fixtures";
import { analyseDelivery } from "./analyse";
import { tokenize } from "./tokens";

const TEXT =
  "The service reads each request from the queue and writes the result to the database. Then it sends a short message to the client, so that the user sees the new state without a full page reload. " +
  "That keeps the interface responsive, even when the load is high. If a worker crashes, the message stays in the queue and another worker picks it up a few seconds later.";
const UNPUNCTUATED = TEXT.replace(/[.,]/g, "");

describe("speaking rate on espeak-ng speech", () => {
  it.each([130, 160, 200])("measures the rate within 10 percent at espeak -s %i", async (speed) => {
    await requireBinaries("espeak-ng", "sox");
    const dir = await scratchDir();
    const words = tokenize(TEXT).length;
    const plain = parseWav(await readFile(await synthesise(UNPUNCTUATED, speed, dir, "plain")));
    const trueRate = (words / plain.durationSec) * 60;

    const audio = analyseAudio(parseWav(await readFile(await synthesise(TEXT, speed, dir, "spoken"))));
    const delivery = analyseDelivery({ transcript: TEXT, audio });
    const error = Math.abs(delivery.wordsPerMinute! - trueRate) / trueRate;
    console.log(
      `espeak -s ${speed}: true ${trueRate.toFixed(1)} wpm, measured ${delivery.wordsPerMinute} wpm (error ${(error * 100).toFixed(1)}%), ` +
        `speaking ${audio.speakingSec}s of ${audio.durationSec}s, naive words/duration ${((words / audio.durationSec) * 60).toFixed(1)} wpm`,
    );
    expect(delivery.rateBasis).toBe("speaking_time");
    expect(error).toBeLessThanOrEqual(0.1);
  });
});
