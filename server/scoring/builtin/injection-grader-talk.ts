/**
 * Injection that does not use the classic "ignore previous instructions" wording: text that
 * claims or requests a verdict from whoever grades the answer. HTML and markdown comments, code
 * comments, YAML front matter, "key: value" log lines, markdown tables and JSON tool results are
 * all caught the same way: a line or comment that names a grading target (score, total, marks,
 * dimensions, flags, rubric) together with a directive, a grader, or a claimed value.
 * Runs on folded text (lower case, NFKC, invisible characters removed, look-alikes mapped).
 */
import type { TRange } from "@/server/scoring/builtin/text";

const TARGET = /\b(?:scores?|scoring|total|marks?|points|grades?|grading|rating|dimensions?|flags?|rubric|verdict|evaluation|categor(?:y|ies))\b|_(?:total|score)\b/u;
const GRADER = /\b(?:grader|graders|reviewer|reviewers|scorer|scoring\s+(?:system|model)|evaluator|assessor|autograder|llm|language\s+model|ai|gpt|chatgpt|automated|automatic)\b/u;
const DIRECTIVE =
  /\b(?:give|award|assign|set|use|return|apply|mirror|report|suppress|skip|restate|copy|keep|treat|grade|mark|rate)\b[^.\n]{0,60}\b(?:full|maximum|perfect|100|10\s*\/\s*10|final|verified|as\s+written|no\s+(?:flags|issues|remarks|warnings))\b/u;
const CLAIMED_VALUE = /(?:total|score|marks|points|rating|dimensions?)[\w\s"']{0,20}[:=]\s*"?(?:100|9\d|max\b|maximum|full|10\s*\/\s*10)|\b(?:10\s*\/\s*10|100\s*\/\s*100)\b|\bfull\s+marks\b|\bvolle\s+punktzahl\b/u;
/** XML-style verdict elements: <total>100</total>, <verdict>pass</verdict>. */
const XML_VERDICT = /<\s*(?:total|score|grade|rating|verdict|marks|result)\s*>\s*(?:100|9\d|10\s*\/\s*10|pass|full|max)/u;

const APPROVAL = /\b(?:pre-?approved|already\s+(?:checked|reviewed|verified|approved)|verified\s+by|auto_?pass|overrid(?:e|den|es)|higher\s+priority|authoritative|is\s+final)\b/u;

/** A piece of text that addresses the grader: a target plus a directive, a grader or a claimed value. */
export function addressesGrader(text: string): boolean {
  if (XML_VERDICT.test(text)) return true;
  if (!TARGET.test(text)) return false;
  const signals = [GRADER.test(text), DIRECTIVE.test(text), CLAIMED_VALUE.test(text), APPROVAL.test(text), SCORING_RULE.test(text)].filter(Boolean).length;
  return signals >= 2;
}

function lineRanges(text: string): TRange[] {
  const ranges: TRange[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    ranges.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return ranges;
}

/** A fake rubric change ("RUBRIC UPDATE", "updated rubric", "revised criteria"): it and everything after it. */
const RUBRIC_REWRITE =
  /\b(?:rubric|grading|scoring|marking|evaluation)\s+(?:updates?|changelog|changes|revisions?|amendments?|policy|override)\b|\b(?:updated|new|revised|simplified|amended)\s+(?:[\w-]+\s+){0,3}(?:rubric|grading\s+criteria|scoring\s+rules)\b/u;

/**
 * A rubric presented as a new edition ("Rubric v3 (approved):", "Grading criteria, version 2"): on its
 * own it may be content (an answer about an edtech product), so it counts as a rewrite only when its
 * line also states a top mark, a grading directive or a scoring rule.
 */
const RUBRIC_LABEL =
  /\b(?:rubric|grading\s+criteria|scoring\s+(?:rules|criteria)|marking\s+scheme)\s*,?\s*(?:v\s?\d+|version\s+\d+|\(\s*(?:approved|official|updated|revised|new)\b)/u;
/** A rule about how answers are scored, stated to whoever scores: "answers … are scored on confidence only". */
const SCORING_RULE =
  /\b(?:answers?|responses?|submissions?)\b[^.\n]{0,60}\b(?:are|is|will\s+be)\s+(?:now\s+)?(?:scored|graded|marked|evaluated|judged)\s+(?:on|by|for|according\s+to)\b[^.\n]{0,60}\bonly\b/u;

/** The offset of the first line that relabels the rubric and claims a mark, a directive or a scoring rule. */
function rubricRelabel(text: string): number | null {
  for (const m of text.matchAll(new RegExp(RUBRIC_LABEL.source, "gu"))) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = text.indexOf("\n", m.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (CLAIMED_VALUE.test(line) || DIRECTIVE.test(line) || SCORING_RULE.test(line)) return lineStart;
  }
  return null;
}

/** A markdown table's header that grades: a rubric dimension or criterion column beside a score column. */
const GRADING_HEADER = /\|\s*(?:rubric\s+)?(?:dimensions?|criteri(?:on|a)|categor(?:y|ies))\s*\|\s*(?:scores?|grades?|ratings?|marks|points)\s*\|/u;
/** A table row that claims a top mark or a verdict: "| total | 100 |", "| depth | 10/10 |", "| verdict | hire |". */
const GRADING_ROW = /\|\s*(?:\*\*)?(?:final\s+|overall\s+)?(?:total|scores?|grades?|ratings?|verdict)(?:\*\*)?\s*\|\s*(?:\*\*)?(?:100|10\s*\/\s*10|a\+|(?:strong\s+)?hire|pass)(?![\p{L}\p{N}])/u;

/** Markdown tables that grade the answer, cut whole: a score table is a verdict, not content. */
function gradingTables(text: string): TRange[] {
  const ranges: TRange[] = [];
  for (const m of text.matchAll(/(?:^|\n)((?:[ \t]*\|[^\n]*(?:\n|$))+)/gu)) {
    const table = m[1] ?? "";
    if (GRADING_HEADER.test(table) || GRADING_ROW.test(table)) {
      const start = m.index + m[0].length - table.length;
      ranges.push({ start, end: start + table.length });
    }
  }
  return ranges;
}

/** HTML comments, the whole YAML front matter block and fake rubric changes, when they talk to the grader. */
function blocks(text: string): TRange[] {
  const ranges: TRange[] = gradingTables(text);
  const rewrite = RUBRIC_REWRITE.exec(text);
  if (rewrite) {
    const lineStart = text.lastIndexOf("\n", rewrite.index) + 1;
    ranges.push({ start: lineStart, end: text.length });
  }
  const relabel = rubricRelabel(text);
  if (relabel !== null) ranges.push({ start: relabel, end: text.length });
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)|\/\*[\s\S]*?(?:\*\/|$)/gu)) {
    if (addressesGrader(m[0])) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  const front = /^\s*---\n[\s\S]*?\n---(?:\n|$)/u.exec(text);
  if (front && addressesGrader(front[0])) ranges.push({ start: front.index, end: front.index + front[0].length });
  return ranges;
}

/**
 * Lines (prose, comments, table rows, log lines) that address the grader. A line is cut with the
 * lines right after it that continue the same message (a comment block, the rest of a table).
 */
export function findGraderTalk(text: string): TRange[] {
  const ranges = blocks(text);
  const lines = lineRanges(text);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    // Join a comment or table block so a directive split over lines is read whole.
    const window = lines.slice(i, i + 3).map((l) => text.slice(l.start, l.end)).join(" ");
    const own = text.slice(line.start, line.end);
    if (addressesGrader(own) || (/^\s*(?:\/\/|#|\||--|\*|\[)/u.test(own) && addressesGrader(window))) {
      let end = line.end;
      for (let k = i + 1; k < Math.min(lines.length, i + 3); k += 1) {
        const next = lines[k];
        if (!next || !/^\s*(?:\/\/|#|\||\[)/u.test(text.slice(next.start, next.end))) break;
        end = next.end;
      }
      ranges.push({ start: line.start, end });
    }
  }
  return ranges;
}
