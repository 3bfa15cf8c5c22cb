/**
 * Speaking rate against a known truth on espeak-ng speech. espeak-ng's -s is a nominal words-per-minute
 * that allows for its own sentence and comma pauses, so words actually come ~1.3× faster than -s while it
 * speaks. The true speaking rate is therefore calibrated from espeak itself: the same words synthesised
 * WITHOUT punctuation contain no pauses, so (words / that file's length) is the pace it articulates at.
 * The measured rate comes from the punctuated text, whose pauses the envelope has to leave out.
 */
import { readFile } from "node:fs/promises";
import { analyseAudio } from "../audio/envelope";
import { parseWav } from "../audio/wav";
import { analyseDelivery } from "../delivery/analyse";
import { tokenize } from "../delivery/tokens";
import { synthesise } from "../speech-fixtures";

export interface RateCheck {
  speed: number;
  words: number;
  trueWpm: number;
  measuredWpm: number;
  /** |measured − true| / true. */
  error: number;
  speakingSec: number;
  durationSec: number;
  rateBasis: "speaking_time" | "duration";
}

export async function checkRate(text: string, speed: number, dir: string, name: string): Promise<RateCheck> {
  const words = tokenize(text).length;
  const plain = parseWav(await readFile(await synthesise(text.replace(/[.,;:?!]/g, ""), speed, dir, `${name}-plain`)));
  const trueWpm = (words / plain.durationSec) * 60;
  const audio = analyseAudio(parseWav(await readFile(await synthesise(text, speed, dir, `${name}-spoken`))));
  const delivery = analyseDelivery({ transcript: text, audio });
  const measuredWpm = delivery.wordsPerMinute ?? 0;
  return {
    speed,
    words,
    trueWpm,
    measuredWpm,
    error: Math.abs(measuredWpm - trueWpm) / trueWpm,
    speakingSec: audio.speakingSec,
    durationSec: audio.durationSec,
    rateBasis: delivery.rateBasis,
  };
}
