/**
 * A coding question's own examples, read from its text ("For example, [7, 1, 5, 3, 6, 4] returns 5",
 * "two_sum([2, 7, 11, 15], 9) → [0, 1]", "nums = [3, 3], target = 6 gives [0, 1]"); example-tests.ts
 * finds the answer's function and runs them. A question without a test suite (POST /analysis, an admin's free-text
 * question) still lets the server run the answer's code on the examples it states: code that gets
 * them wrong is wrong, however well it is explained. Read by hand because the examples are prose,
 * not a format any parser knows; only literals a JSON reader would take (numbers, strings, lists,
 * true/false/null and their Python spellings) count, so a sentence that merely mentions numbers
 * yields no example.
 */
import type { TCodeTest, TJson } from "@/server/contracts/vocabulary/code-shapes";

type TLiteral = { start: number; end: number; value: TJson };

const WORDS: Readonly<Record<string, TJson>> = { true: true, false: false, null: null, True: true, False: false, None: null };

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at += 1;
  return at;
}

/** A literal starting exactly at `at`, or null. */
function readLiteral(text: string, at: number): TLiteral | null {
  const char = text[at];
  if (char === undefined) return null;
  if (char === "[") {
    const items: TJson[] = [];
    let i = skipSpaces(text, at + 1);
    if (text[i] === "]") return { start: at, end: i + 1, value: items };
    for (;;) {
      const item = readLiteral(text, i);
      if (!item) return null;
      items.push(item.value);
      i = skipSpaces(text, item.end);
      if (text[i] === "]") return { start: at, end: i + 1, value: items };
      if (text[i] !== ",") return null;
      i = skipSpaces(text, i + 1);
    }
  }
  const quote = { '"': '"', "'": "'", "“": "”" }[char];
  if (quote) {
    const close = text.indexOf(quote, at + 1);
    if (close < 0 || close - at > 200 || text.slice(at + 1, close).includes("\n")) return null;
    return { start: at, end: close + 1, value: text.slice(at + 1, close) };
  }
  const number = /^-?\d+(?:\.\d+)?(?![\w.]*[A-Za-z])/.exec(text.slice(at, at + 30));
  if (number && !/[\w.]/.test(text[at - 1] ?? " ")) return { start: at, end: at + number[0].length, value: Number(number[0]) };
  const word = /^(?:true|false|null|True|False|None)\b/.exec(text.slice(at, at + 6));
  if (word && !/\w/.test(text[at - 1] ?? " ")) return { start: at, end: at + word[0].length, value: WORDS[word[0]]! };
  return null;
}

/** Every literal in the text, left to right (a list's items are part of the list, not literals of their own). */
function literalsOf(text: string): TLiteral[] {
  const found: TLiteral[] = [];
  for (let i = 0; i < text.length; ) {
    const literal = readLiteral(text, i);
    if (literal) {
      found.push(literal);
      i = literal.end;
    } else i += 1;
  }
  return found;
}

/** Words that put a result after the arguments: "returns", "should return", "gives", "→". */
const RESULT_WORD = /^\s*\)?\s*(?:,\s*)?(?:(?:it |the function |this )?(?:should |must |would |will )?(?:returns?|gives?|outputs?|yields?|evaluates to|возвращает|вернёт|вернет|даёт|дает)(?![\p{L}])|→|->|=>|==)\s*:?\s*/u;
/** What may stand between two arguments: a comma or "and", and a parameter's name ("target ="). */
const BETWEEN_ARGUMENTS = /^\s*(?:,|,?\s*(?:and|with))?\s*(?:[A-Za-z_]\w*\s*=\s*)?$/;
/** What may stand before the first argument of a call: its name and parenthesis. */
const CALL_OPEN = /([A-Za-z_]\w*)\s*\(\s*$/;

export type TQuestionExample = { args: TJson[]; expected: TJson; /** The function an example in call form names ("two_sum"). */ call?: string };

/**
 * The examples a question states, each as its arguments and the expected result. Examples whose
 * argument count differs from most of the others are left out (one was misread).
 */
export function questionExamples(question: string): TQuestionExample[] {
  const literals = literalsOf(question);
  const results = new Set<number>();
  const examples: TQuestionExample[] = [];
  literals.forEach((literal, index) => {
    const next = literals[index + 1];
    if (!next || results.has(index)) return;
    const link = RESULT_WORD.exec(question.slice(literal.end, next.start));
    if (!link || link[0].length !== next.start - literal.end) return;
    // The arguments: this literal and those chained before it by commas, "and" or parameter names.
    const args = [literal];
    for (let j = index - 1; j >= 0 && !results.has(j); j -= 1) {
      if (!BETWEEN_ARGUMENTS.test(question.slice(literals[j]!.end, args[0]!.start))) break;
      args.unshift(literals[j]!);
    }
    // "f([1, 2]) → 3": the parenthesis closes right after the last argument; without a call, nothing may.
    const call = CALL_OPEN.exec(question.slice(Math.max(0, args[0]!.start - 40), args[0]!.start))?.[1];
    if (/^\s*\)/.test(question.slice(literal.end, next.start)) !== (call !== undefined)) return;
    results.add(index + 1);
    examples.push({ args: args.map((arg) => arg.value), expected: next.value, ...(call ? { call } : {}) });
  });
  const counts = new Map<number, number>();
  for (const example of examples) counts.set(example.args.length, (counts.get(example.args.length) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return examples.filter((example) => example.args.length === usual);
}

/** "two_sum", "twoSum" and "TwoSum" name one function. */
export const sameFunctionName = (a: string, b: string): boolean => a.replace(/_/g, "").toLowerCase() === b.replace(/_/g, "").toLowerCase();

/**
 * The examples as tests for the code runner, named in the feedback's language ("example 1"). An
 * example in call form counts only for the function it calls ("get(key, 3) returns …" of a class
 * is no example for a solver function).
 */
export function exampleTests(examples: readonly TQuestionExample[], question: string, functionName: string, name: (index: number) => string): TCodeTest[] {
  const compare = /\bin any order\b|\border (?:does not|doesn't) matter\b/i.test(question) ? "unordered" : "exact";
  return examples
    .filter((example) => example.call === undefined || sameFunctionName(example.call, functionName))
    .map((example, index) => ({ name: name(index + 1), args: example.args, expected: example.expected, compare }));
}
