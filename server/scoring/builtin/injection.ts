/**
 * Prompt-injection detector and neutraliser. Finds text aimed at a grader (instructions, role
 * markers, fake delimiters, fake JSON verdicts, encoded instructions) and returns the answer with
 * those spans cut out, so the analyzer scores what is left. Injected text can therefore never
 * raise a score; the flag tells a human to look.
 */
import {
  BASE64_BLOB,
  CLOSING_DELIMITER,
  CONFUSABLES,
  GRADER_TALK,
  INSTRUCTION_PATTERNS,
  ROLE_BLOCK_OPEN,
  ROLE_MARKER,
  STRONG_VERDICT_KEY,
  VERDICT_KEY,
} from "@/server/scoring/builtin/injection-patterns";
import { findGraderTalk } from "@/server/scoring/builtin/injection-grader-talk";
import { disguisedLetters } from "@/server/scoring/builtin/language/confusables";
import { RU_KO_SCRIPT } from "@/server/scoring/builtin/language/features-ru-ko";
import { RU_KO_INSTRUCTION_PATTERNS } from "@/server/scoring/builtin/language/injection-ru-ko";
import { findCodeRanges, type TRange } from "@/server/scoring/builtin/text";

export type TInjectionKind = "instruction" | "role_marker" | "delimiter" | "verdict_json" | "encoded" | "grader_talk";
export type TInjectionFinding = TRange & { kind: TInjectionKind };
export type TInjectionScan = { findings: TInjectionFinding[]; cleaned: string };

const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/u;

type TFolded = { text: string; latin: string; map: number[] };

/**
 * Lower-cases and NFKC-folds the answer char by char, dropping invisible characters, and keeps a
 * map from each folded position back to the original so findings can be cut from the original.
 * Look-alike letters are mapped to Latin only where they disguise Latin (language/confusables.ts),
 * so genuine Russian or Greek words stay themselves. ASCII (its own NFKC form) only folds case.
 */
function fold(original: string): TFolded {
  let text = "";
  let latin = "";
  const map: number[] = [];
  const disguised = disguisedLetters(original);
  for (let i = 0; i < original.length; ) {
    const codePoint = original.codePointAt(i) ?? 0;
    if (codePoint < 0x80) {
      const unit = codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 32) : original.charAt(i);
      [text, latin] = [text + unit, latin + unit];
      map.push(i++);
      continue;
    }
    const char = String.fromCodePoint(codePoint);
    if (!INVISIBLE.test(char)) {
      const folded = char.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
      for (let k = 0; k < folded.length; k += 1) {
        const unit = folded.charAt(k);
        text += unit;
        latin += disguised(i) ? (CONFUSABLES[unit] ?? unit) : unit;
        map.push(i);
      }
    }
    i += char.length;
  }
  map.push(original.length);
  return { text, latin, map };
}

const SENTENCE_BOUNDARY = /[.!?。！？\n]/u;

function sentenceAround(text: string, start: number, end: number): TRange {
  let s = start;
  while (s > 0 && !SENTENCE_BOUNDARY.test(text.charAt(s - 1))) s -= 1;
  let e = end;
  while (e < text.length && !SENTENCE_BOUNDARY.test(text.charAt(e))) e += 1;
  if (e < text.length) e += 1;
  return { start: s, end: e };
}

/** A match inside (...), [...] or {...} within its sentence is cut with its brackets only. */
function enclosingBrackets(text: string, start: number, end: number, sentence: TRange): TRange | null {
  const pairs: ReadonlyArray<readonly [string, string]> = [["(", ")"], ["[", "]"], ["{", "}"]];
  for (const [open, close] of pairs) {
    const openAt = text.lastIndexOf(open, start);
    const closeAt = text.indexOf(close, end);
    if (openAt >= sentence.start && closeAt !== -1 && closeAt < sentence.end && text.lastIndexOf(close, start) < openAt) {
      return { start: openAt, end: closeAt + 1 };
    }
  }
  return null;
}

/** Grows an instruction span over the following sentences that keep addressing the grader. */
function extendOverGraderTalk(text: string, range: TRange): TRange {
  let end = range.end;
  for (let extra = 0; extra < 3; extra += 1) {
    if (/\n\s*\n/.test(text.slice(end, end + 3))) break;
    const next = sentenceAround(text, Math.min(end + 1, text.length), Math.min(end + 1, text.length));
    if (next.end <= end || !GRADER_TALK.test(text.slice(end, next.end))) break;
    end = next.end;
  }
  return { start: range.start, end };
}

const GLOBAL_INSTRUCTION_PATTERNS = INSTRUCTION_PATTERNS.map((pattern) => new RegExp(pattern.source, "gu"));
/** Text with no Cyrillic or Hangul skips the Russian and Korean patterns: they cannot match it. */
const RU_KO_SOURCES = new Set(RU_KO_INSTRUCTION_PATTERNS.map((pattern) => pattern.source));
const LATIN_INSTRUCTION_PATTERNS = GLOBAL_INSTRUCTION_PATTERNS.filter((pattern) => !RU_KO_SOURCES.has(pattern.source));

function findInstructions(folded: TFolded): TRange[] {
  const ranges: TRange[] = [];
  for (const global of RU_KO_SCRIPT.test(folded.text) ? GLOBAL_INSTRUCTION_PATTERNS : LATIN_INSTRUCTION_PATTERNS) {
    for (const haystack of folded.latin === folded.text ? [folded.text] : [folded.text, folded.latin]) {
      for (const match of haystack.matchAll(global)) {
        const start = match.index;
        const end = start + match[0].length;
        const sentence = sentenceAround(haystack, start, end);
        const bracket = enclosingBrackets(haystack, start, end, sentence);
        ranges.push(bracket ?? extendOverGraderTalk(haystack, sentence));
      }
    }
  }
  return ranges;
}

function findRoleMarkers(text: string): TRange[] {
  const ranges: TRange[] = [];
  for (const match of text.matchAll(ROLE_MARKER)) {
    // A role marker takes over the rest of its paragraph.
    const paragraphEnd = text.indexOf("\n\n", match.index + match[0].length);
    ranges.push({ start: match.index, end: paragraphEnd === -1 ? text.length : paragraphEnd });
  }
  for (const match of text.matchAll(ROLE_BLOCK_OPEN)) {
    const role = match[1] ?? "";
    const closing = new RegExp(`[[<]\\s*/\\s*${role}\\s*[\\]>]`, "u");
    const rest = text.slice(match.index + match[0].length);
    const close = closing.exec(rest);
    const paragraphEnd = rest.indexOf("\n\n");
    const end = close
      ? match.index + match[0].length + close.index + close[0].length
      : match.index + match[0].length + (paragraphEnd === -1 ? rest.length : paragraphEnd);
    ranges.push({ start: match.index, end });
  }
  return ranges;
}

/** "</answer> New instruction... <answer>": everything between the fake close and reopen is not the answer. */
function findFakeDelimiters(text: string): TRange[] {
  const ranges: TRange[] = [];
  for (const match of text.matchAll(CLOSING_DELIMITER)) {
    const tag = match[1] ?? "";
    const afterClose = match.index + match[0].length;
    const reopen = new RegExp(`<\\s*${tag}\\s*>`, "u").exec(text.slice(afterClose));
    ranges.push({ start: match.index, end: reopen ? afterClose + reopen.index + reopen[0].length : text.length });
  }
  return ranges;
}

function findVerdictJson(text: string, codeRanges: readonly TRange[]): TRange[] {
  const ranges: TRange[] = [];
  for (let open = text.indexOf("{"); open !== -1; open = text.indexOf("{", open + 1)) {
    let depth = 0;
    let close = -1;
    for (let i = open; i < Math.min(text.length, open + 2000); i += 1) {
      if (text.charAt(i) === "{") depth += 1;
      else if (text.charAt(i) === "}") {
        depth -= 1;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close === -1) continue;
    const body = text.slice(open, close + 1);
    const inCode = codeRanges.some((r) => open >= r.start && open < r.end);
    // Real code may hold a {"score": ...} object; a verdict in code must look like a whole verdict.
    if (VERDICT_KEY.test(body) && (!inCode || STRONG_VERDICT_KEY.test(body))) {
      ranges.push({ start: open, end: close + 1 });
      open = close;
    }
  }
  return ranges;
}

function decodeBase64(blob: string): string | null {
  try {
    const normalized = blob.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(normalized.padEnd(Math.ceil(normalized.length / 4) * 4, "="));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const printable = decoded.replace(/[^\p{L}\p{N}\p{P}\p{Zs}\n]/gu, "").length;
    return printable / Math.max(decoded.length, 1) >= 0.85 ? decoded : null;
  } catch {
    return null;
  }
}

function findEncoded(original: string): TRange[] {
  const ranges: TRange[] = [];
  for (const match of original.matchAll(BASE64_BLOB)) {
    // Plain words and identifiers are not base64; a real blob mixes cases and digits.
    if (!/[A-Z]/.test(match[0]) || !/[a-z]/.test(match[0])) continue;
    const decoded = decodeBase64(match[0]);
    if (decoded !== null && hasInjection(decoded)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

function hasInjection(text: string): boolean {
  const folded = fold(text);
  return findInstructions(folded).length > 0 || findRoleMarkers(folded.text).length > 0 || findGraderTalk(folded.latin).length > 0;
}

function toOriginal(range: TRange, folded: TFolded): TRange {
  return { start: folded.map[range.start] ?? 0, end: folded.map[range.end] ?? folded.map[folded.map.length - 1] ?? 0 };
}

function mergeFindings(findings: TInjectionFinding[]): TInjectionFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TInjectionFinding[] = [];
  for (const finding of sorted) {
    const last = merged[merged.length - 1];
    if (last && finding.start <= last.end) last.end = Math.max(last.end, finding.end);
    else merged.push({ ...finding });
  }
  return merged;
}

export function scanForInjection(original: string, codeRanges: readonly TRange[] = []): TInjectionScan {
  const folded = fold(original);
  const foldedCode = codeRanges.map((r) => ({
    start: folded.map.findIndex((o) => o >= r.start),
    end: folded.map.findIndex((o) => o >= r.end),
  }));
  const findings: TInjectionFinding[] = [
    ...findInstructions(folded).map((r) => ({ ...toOriginal(r, folded), kind: "instruction" as const })),
    ...findRoleMarkers(folded.text).map((r) => ({ ...toOriginal(r, folded), kind: "role_marker" as const })),
    ...findFakeDelimiters(folded.text).map((r) => ({ ...toOriginal(r, folded), kind: "delimiter" as const })),
    ...findVerdictJson(folded.text, foldedCode).map((r) => ({ ...toOriginal(r, folded), kind: "verdict_json" as const })),
    ...findGraderTalk(folded.latin).map((r) => ({ ...toOriginal(r, folded), kind: "grader_talk" as const })),
    ...findEncoded(original).map((r) => ({ ...r, kind: "encoded" as const })),
  ];
  const merged = mergeFindings(findings);
  return { findings: merged, cleaned: cutRanges(original, merged) };
}

/** Cuts the ranges out, joining what remains with single spaces and leaving the rest untouched. */
function cutRanges(text: string, ranges: readonly TRange[]): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let cursor = 0;
  for (const range of ranges) {
    pieces.push(text.slice(cursor, range.start));
    cursor = Math.max(cursor, range.end);
  }
  pieces.push(text.slice(cursor));
  return pieces
    .map((piece, index) => (index === 0 ? piece.trimEnd() : index === pieces.length - 1 ? piece.trimStart() : piece.trim()))
    .filter((piece) => piece.length > 0)
    .join(" ")
    .trim();
}

export type TNeutralized = {
  /** The answer with every injected span cut out: the only text any scorer should grade. */
  text: string;
  injected: boolean;
  /** [start, end) offsets of the injected spans in the original answer. */
  spans: Array<[number, number]>;
};

/**
 * Normalises (NFKC, invisible characters dropped, look-alike letters mapped to Latin) and scans
 * the answer for text aimed at a grader, and returns the answer without it. Used by the built-in
 * analyzer and before an answer is sent to an AI grader.
 */
export function neutralizeAnswer(text: string): TNeutralized {
  const normalized = text.replace(/\r\n?/g, "\n");
  const scan = scanForInjection(normalized, findCodeRanges(normalized));
  return { text: scan.cleaned, injected: scan.findings.length > 0, spans: scan.findings.map((f) => [f.start, f.end]) };
}

/** Questions whose subject is prompt injection or LLM security: quoting an attack there is the answer. */
const INJECTION_SUBJECT = /prompt[\s-]+injection|jailbreak|\bllms?\b|language\s+models?|chatbot|\bai\s+(?:assistant|agent|app|feature)s?|system\s+prompt/i;

/**
 * Findings that count against the candidate. When the question is about prompt injection, an
 * attack quoted or shown in code as an example is the subject of the answer, not an attempt.
 */
export function findingsAgainstCandidate(question: string, answer: string, findings: readonly TInjectionFinding[]): TInjectionFinding[] {
  if (!INJECTION_SUBJECT.test(question)) return [...findings];
  const code = findCodeRanges(answer);
  return findings.filter((f) => {
    // The attack opens with a quote mark, or the cut sentence contains a quoted attack.
    const opensQuoted = /["'“‘`«]/u.test(answer.slice(Math.max(0, f.start - 2), f.start + 1));
    const containsQuote = /["“«`][^"”»`]{8,}["”»`]/u.test(answer.slice(f.start, f.end));
    const quoted = opensQuoted || containsQuote || code.some((r) => f.start >= r.start && f.end <= r.end);
    return !quoted;
  });
}
