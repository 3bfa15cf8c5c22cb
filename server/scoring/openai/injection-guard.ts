/**
 * Defence in depth after the model has graded an answer that held a prompt injection. The model
 * only ever sees the neutralised answer, but a model can still be swayed by what is left (or by
 * an attempt the detector missed), so when injection was found:
 * - the AI total may not exceed the built-in analyzer's total by more than a small margin: above
 *   it, the dimensions are scaled down proportionally (the total stays computeTotal(dimensions))
 *   and the score carries "possible_prompt_injection", which sends it to the admins' review queue;
 * - no sentence that repeats injected text, or reads like an injection itself, reaches the
 *   candidate in feedback, strengths, improvements, comments, evidence or the follow-up.
 */
import { feedbackText } from "@/server/scoring/builtin/feedback-text";
import { scanForInjection } from "@/server/scoring/builtin/injection";
import { splitSentences } from "@/server/scoring/builtin/text";
import { computeTotal } from "@/server/contracts/vocabulary/rubrics";
import type { TDimensionScore, TScore } from "@/server/contracts/vocabulary/score";

/** How far above the built-in analyzer an AI total may go on an answer that held an injection. */
export const INJECTION_TOTAL_MARGIN = 5;

/** Consecutive words of an injected span that, repeated in feedback, count as echoing it. */
const ECHO_WORDS = 4;
/** A window shorter than this (in characters) is too common to call an echo ("and give it a"). */
const ECHO_MIN_CHARS = 16;


function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every run of ECHO_WORDS words of each injected span (or the whole span when it is shorter). */
function echoWindows(injectedTexts: readonly string[]): string[] {
  const windows = new Set<string>();
  for (const text of injectedTexts) {
    const words = normalise(text).split(" ").filter((w) => w.length > 0);
    if (words.length === 0) continue;
    if (words.length <= ECHO_WORDS) {
      const whole = words.join(" ");
      if (whole.length >= ECHO_MIN_CHARS / 2) windows.add(whole);
      continue;
    }
    for (let i = 0; i + ECHO_WORDS <= words.length; i += 1) {
      const window = words.slice(i, i + ECHO_WORDS).join(" ");
      if (window.length >= ECHO_MIN_CHARS) windows.add(window);
    }
  }
  return [...windows];
}

export type TEchoCheck = (text: string) => boolean;

/** True for text that repeats part of an injected span or reads like an injection by itself. */
export function makeEchoCheck(injectedTexts: readonly string[]): TEchoCheck {
  const windows = echoWindows(injectedTexts);
  return (text) => {
    const padded = ` ${normalise(text)} `;
    if (windows.some((window) => padded.includes(` ${window} `))) return true;
    return scanForInjection(text).findings.length > 0;
  };
}

/** The text without its tainted sentences ("" when none is left). */
export function scrubText(text: string, tainted: TEchoCheck): string {
  if (!tainted(text)) return text;
  return splitSentences(text)
    .filter((sentence) => !tainted(sentence.text))
    .map((sentence) => sentence.text)
    .join(" ")
    .trim();
}

function scrubList(items: readonly string[], tainted: TEchoCheck): string[] {
  return items.map((item) => scrubText(item, tainted)).filter((item) => item.length > 0);
}

/**
 * Dimensions scaled by one factor so computeTotal is at most `ceiling`. Rounded down to one
 * decimal, so rounding can never lift the total back over the ceiling.
 */
export function clampDimensions<T extends { score: number; max: number }>(dimensions: readonly T[], ceiling: number): T[] {
  const max = dimensions.reduce((sum, d) => sum + d.max, 0);
  const earned = dimensions.reduce((sum, d) => sum + Math.min(Math.max(d.score, 0), d.max), 0);
  const bound = Math.max(0, Math.min(100, Math.floor(ceiling)));
  if (max <= 0 || (earned / max) * 100 <= bound) return [...dimensions];
  const factor = (bound / 100) * (max / earned);
  return dimensions.map((d) => ({ ...d, score: Math.floor(Math.min(Math.max(d.score, 0), d.max) * factor * 10) / 10 }));
}

export type TInjectionGuardInput = {
  /** The AI score, built from the model's output. */
  score: TScore;
  /** The built-in analyzer's score of the same input: the ceiling and the source of safe text. */
  builtin: TScore;
  /** The injected spans, as the candidate wrote them. */
  injectedTexts: readonly string[];
  margin?: number;
};

export type TInjectionGuardResult = { score: TScore; clamped: boolean; scrubbed: boolean };

export function guardInjectedScore({ score, builtin, injectedTexts, margin = INJECTION_TOTAL_MARGIN }: TInjectionGuardInput): TInjectionGuardResult {
  const ceiling = builtin.total + margin;
  const clamped = score.total > ceiling;
  const tainted = makeEchoCheck(injectedTexts);
  // In the language the AI was asked to write in (the analyzer's stand-in text is in it too).
  const neutral = feedbackText(score.language).graderIgnored;

  const dimensions: TDimensionScore[] = (clamped ? clampDimensions(score.dimensions, ceiling) : score.dimensions).map((d) => {
    const comment = scrubText(d.comment, tainted);
    return { ...d, comment: comment || (d.comment ? neutral.comment : ""), evidence: d.evidence.filter((quote) => !tainted(quote)) };
  });
  const feedback = scrubText(score.feedback, tainted);
  const strengths = scrubList(score.strengths, tainted);
  const improvements = scrubList(score.improvements, tainted);
  const followUp = score.followUp && tainted(score.followUp) ? builtin.followUp : score.followUp;

  const guarded: TScore = {
    ...score,
    total: computeTotal(dimensions),
    dimensions,
    // When nothing of the model's text survives, the analyzer's (written from the cleaned answer) stands in.
    feedback: feedback || (score.feedback ? `${neutral.feedback} ${builtin.feedback}`.trim() : ""),
    strengths: strengths.length > 0 || score.strengths.length === 0 ? strengths : builtin.strengths,
    improvements: improvements.length > 0 || score.improvements.length === 0 ? improvements : builtin.improvements,
    followUp,
    flags: score.flags.includes("possible_prompt_injection") ? score.flags : [...score.flags, "possible_prompt_injection"],
  };
  const scrubbed =
    guarded.feedback !== score.feedback ||
    guarded.strengths.join("\n") !== score.strengths.join("\n") ||
    guarded.improvements.join("\n") !== score.improvements.join("\n") ||
    guarded.followUp !== score.followUp ||
    dimensions.some((d, i) => d.comment !== score.dimensions[i]?.comment || d.evidence.length !== score.dimensions[i]?.evidence.length);
  return { score: guarded, clamped, scrubbed };
}
