/**
 * The answer as the model gets to see it: injected spans (instructions to the grader, role
 * markers, fake delimiters, fake verdicts, encoded instructions) cut out, with where they were.
 * Same shape as the built-in's neutralizeAnswer.
 */
import { scanForInjection } from "@/server/scoring/builtin/injection";
import { findCodeRanges } from "@/server/scoring/builtin/text";

export type TNeutralizedAnswer = { text: string; injected: boolean; spans: Array<[number, number]> };

export function neutralizeForModel(answer: string): TNeutralizedAnswer {
  const scan = scanForInjection(answer, findCodeRanges(answer));
  return { text: scan.cleaned, injected: scan.findings.length > 0, spans: scan.findings.map((f) => [f.start, f.end]) };
}

/** The injected spans as the candidate wrote them. */
export function injectedTexts(answer: string, spans: ReadonlyArray<readonly [number, number]>): string[] {
  return spans.map(([start, end]) => answer.slice(start, end)).filter((text) => text.trim().length > 0);
}
