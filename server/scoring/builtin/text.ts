/**
 * Splitting an answer into the pieces the analyzer reasons about: code blocks, prose sentences
 * (with their offsets, so evidence can be quoted verbatim) and word tokens.
 */
import { isForeignStopWord } from "@/server/scoring/builtin/language/stop-words";
import { languageTokens } from "@/server/scoring/builtin/language/tokens";
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
  const lines: Array<TRange & { text: string }> = [];
  let offset = 0;
  for (const line of rest.split("\n")) {
    lines.push({ start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }
  const isCode = lines.map((l) => looksLikeCodeLine(l.text));
  // A line between two code lines (or indented under one) belongs to the block: "else:", "}",
  // "    total += x" read as code in context, though alone they are ambiguous.
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line || isCode[i] || line.text.trim().length === 0) continue;
    const previous = lines.slice(0, i).reverse().find((l) => l.text.trim().length > 0);
    const previousIndex = previous ? lines.indexOf(previous) : -1;
    const indentedUnder = previous !== undefined && isCode[previousIndex] === true && indentOf(line.text) > indentOf(previous.text);
    if (indentedUnder || (isCode[previousIndex] === true && looksLikeCodeContinuation(line.text))) isCode[i] = true;
  }
  const ranges = [...fenced];
  lines.forEach((line, i) => {
    if (isCode[i]) ranges.push({ start: line.start, end: line.end });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Statements that start code in the languages candidates write most (Python, JS/TS, Java, Go, C++, SQL). */
const CODE_START =
  /^(?:def |async def |function\b|class \w|return\b|const |let |var |public |private |protected |static |import |from \w+ import |#include|package \w|func |for \(|for \w+ in |for \w+, \w+ in |while \(|while .+:$|if \(|if .+:$|elif |else:|else \{|try:|except\b|with .+:$|catch \(|switch \(|interface \w|type \w+ (?:=|struct|interface)|std::|using namespace|template<|(?:int|long|bool|void|double|String|vector<\w+>|auto)\s+\w+\s*[(=;[]|select\s.+\sfrom\s|select\s*$|from \w+(?: \w+)?$|where \w+|insert into |update \w+ set |delete from |create (?:table|index|unique index) |group by |order by |(?:inner |left |right )?join \w+|}\s*$|{\s*$)/i;

function looksLikeCodeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const words = tokenize(trimmed);
  const stopShare = words.length === 0 ? 0 : words.filter(isStopWord).length / words.length;
  // "Let me first restate the problem...": a paragraph of ordinary words that ends like a sentence
  // is prose, whatever keyword it happens to start with.
  const proseParagraph = words.length >= 12 && stopShare >= 0.3 && /[.!?)"]$/.test(trimmed);
  // SQL keywords and "return" also start prose sentences; code lines do not end like a sentence.
  if (CODE_START.test(trimmed) && !proseParagraph && !/[a-z]{3,}[.!?]$/i.test(trimmed) && !/^(?:return|from|select|update|order by|group by)\s+(?:the|a|an|to|it|them|my|our)\b/i.test(trimmed)) {
    return true;
  }
  // Upper-case SQL keywords at a line start are code; prose would say "select" in lower case.
  if (/^(?:SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|HAVING|INSERT|UPDATE|DELETE|CREATE|WITH)\b/.test(trimmed)) return true;
  if (/^\w[\w.[\]]*\s*(?:=|\+=|-=|:=)\s*\S/.test(trimmed) && /[()[\];]|:=/.test(trimmed) && !/\s(?:the|and|is|are|to)\s/.test(trimmed)) return true;
  // Prose rarely ends a line with ; or { and rarely has two or more of these operators; a line
  // that is mostly ordinary words is prose that mentions code ("check if nums[i] + nums[j]...").
  const operators = trimmed.match(/(==|!=|=>|\+=|-=|&&|\|\||\[\w+\]|\w\(\)|;\s*$)/g)?.length ?? 0;
  // Several sentences in one line ("Each step halves the range. The `<=` matters when lo == mid.")
  // are prose about code, however many operators they quote.
  const sentences = words.length >= 12 && /[a-z)`'"][.!?]\s+[A-Z`]/.test(trimmed);
  return operators >= 2 && stopShare < 0.3 && !sentences;
}

/** Lines that continue a block: closing brackets, bare calls, statements ending in ; or :. */
function looksLikeCodeContinuation(line: string): boolean {
  const trimmed = line.trim();
  return /^[)}\]]/.test(trimmed) || /[;:{(,]$/.test(trimmed) || /^\w[\w.]*\(.*\)$/.test(trimmed) || /^--|^\/\/|^#(?!\s*\w+\s+\w+\s+\w+)/.test(trimmed);
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
const HANGUL_SYLLABLE = /[\uAC00-\uD7AF]/u;

export function tokenize(text: string): string[] {
  // A Korean word is its stem plus a particle or ending, which counts as a function word (language/korean.ts).
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/\u2019/g, "'"));
  return HANGUL_SYLLABLE.test(text) ? words.flatMap(languageTokens) : words;
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token) || (token.charCodeAt(0) > 0x3ff && isForeignStopWord(token));
}

/** Paragraphs: blocks separated by a blank line. */
export function countParagraphs(text: string): number {
  return text.split(/\n\s*\n/).filter((block) => /[\p{L}\p{N}]/u.test(block)).length;
}
