/**
 * Splitting an answer into the pieces the analyzer reasons about: code blocks, prose sentences
 * (with their offsets, so evidence can be quoted verbatim) and word tokens.
 */
import { STOP_WORDS } from "@/server/scoring/builtin/word-lists";

export type TRange = { start: number; end: number };
export type TSentence = TRange & { text: string };

const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;

/** Fenced code blocks, plus runs of lines that look like code even without fences. */
export function findCodeRanges(text: string): TRange[] {
  const fenced: TRange[] = [];
  for (const match of text.matchAll(FENCED_CODE)) {
    fenced.push({ start: match.index, end: match.index + match[0].length });
  }
  // Unfenced code is found line by line, on the text with the fenced blocks already blanked out.
  const rest = blankRanges(text, fenced);
  const ranges = [...fenced];
  let offset = 0;
  for (const line of rest.split("\n")) {
    if (looksLikeCodeLine(line)) ranges.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function looksLikeCodeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  if (/^(def |function |class |return\b|const |let |var |public |private |import |#include|for \(|while \(|if \(|}\s*$|{\s*$)/.test(trimmed)) {
    return true;
  }
  // Prose rarely ends a line with ; or { and rarely has two or more of these operators; a line
  // that is mostly ordinary words is prose that mentions code ("check if nums[i] + nums[j]...").
  const operators = trimmed.match(/(==|!=|=>|\+=|-=|&&|\|\||\[\w+\]|\w\(\)|;\s*$)/g)?.length ?? 0;
  const words = tokenize(trimmed);
  const stopShare = words.length === 0 ? 0 : words.filter(isStopWord).length / words.length;
  return operators >= 2 && stopShare < 0.3;
}

/** Replaces ranges with spaces, keeping offsets and line breaks intact. */
export function blankRanges(text: string, ranges: readonly TRange[]): string {
  let result = "";
  let cursor = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, cursor);
    if (range.end <= start) continue;
    result += text.slice(cursor, start) + text.slice(start, range.end).replace(/[^\n]/g, " ");
    cursor = range.end;
  }
  return result + text.slice(cursor);
}

const SENTENCE_END = /[。！？]+|[.!?]+["')\]]*(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]|\(\d+\)))/g;

/** Sentences of prose, trimmed, with offsets into the original text. */
export function splitSentences(prose: string): TSentence[] {
  const sentences: TSentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = prose.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ text, start: start + leading, end: start + leading + text.length });
  };
  for (const match of prose.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // "e.g." and "vs." are abbreviations, not sentence ends.
    if (/\b(?:e\.g|i\.e|vs|etc|approx|incl|Dr|Mr|Ms|Mrs)\.$/i.test(prose.slice(Math.max(0, end - 6), end))) continue;
    push(end);
    start = end;
  }
  push(prose.length);
  return sentences;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/\u2019/g, "'"));
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Paragraphs: blocks separated by a blank line. */
export function countParagraphs(text: string): number {
  return text.split(/\n\s*\n/).filter((block) => /[\p{L}\p{N}]/u.test(block)).length;
}
