/**
 * Does the stated time complexity fit the code? A candidate who writes two nested loops over the
 * input and calls it O(n) has the complexity wrong, however fluently it is stated, and an interviewer
 * marks it so. Read by hand because no library judges it: the code's loops from indentation
 * (Python) or braces (JavaScript and other C-like languages), the claims from the prose's Big-O.
 *
 * Only the unmistakable case counts: an index or element loop nested in another over the same input
 * size (`range(len(a))` in `range(len(a))`, `for x in a` in `for y in a`, `i < a.length` in
 * `j < a.length`), never `while` loops (two pointers and sliding windows nest a while loop and stay
 * linear) nor a loop over each item's own parts (`for ch in word` is linear in the total length).
 * Claims are every time complexity the prose names; an answer that names a quadratic one anywhere
 * ("brute force is O(n²)") is not contradicted.
 */

/** What a Python loop header iterates over, reduced to the input size it depends on (null: bounded or unknown). */
function pythonLoopSize(header: string): string | null {
  // `for i in range(len(nums))`, `for j in range(i + 1, n)`, `for x in nums`, `for i, x in enumerate(nums)`.
  const loop = /^for\s+[\w\s,()]+?\s+in\s+(.+?):\s*(?:#.*)?$/.exec(header);
  if (!loop) return null;
  const iterable = loop[1]!.trim();
  const ofLength = /len\(\s*([\w.]+)\s*\)/.exec(iterable);
  if (ofLength) return `len:${ofLength[1]}`;
  if (/^range\(/.test(iterable)) return /\b(?:n|m|size|length|count)\b/.test(iterable) ? "n" : null;
  const collection = /^(?:enumerate\(\s*)?([A-Za-z_]\w*)\s*\)?$/.exec(iterable);
  return collection ? `len:${collection[1]}` : null;
}

/** The same for a C-like header's parentheses: `let j = i + 1; j < nums.length; j++`, `int j = 0; j < n; j++`, `const x of nums`. */
function cLikeLoopSize(parts: string): string | null {
  const of = /\b(?:of|in)\s+([A-Za-z_]\w*)\s*$/.exec(parts);
  if (of) return `len:${of[1]}`;
  const bound = /;\s*\w+\s*<=?\s*([A-Za-z_]\w*)(\.length|\.size\(\)|\.len\(\))?\s*;/.exec(parts);
  if (!bound) return null;
  if (bound[2]) return `len:${bound[1]}`;
  return /^(?:n|m|size|len|length|count)$/.test(bound[1]!) ? "n" : null;
}

/** Input sizes of the same family: `len:nums` and `n` (usually `n = len(nums)`) are taken as one. */
function sameSize(a: string, b: string): boolean {
  return a === b || a === "n" || b === "n";
}

/** How many loops over the same input size as the innermost one enclose it (itself included). */
function depthOf(sizes: ReadonlyArray<string | null>): number {
  const inner = sizes[sizes.length - 1];
  if (inner === null || inner === undefined) return 0;
  return sizes.filter((size) => size !== null && sameSize(size, inner)).length;
}

/** Python: blocks by indentation; every line ending in ":" opens one, a loop's block carries its size. */
function pythonNesting(code: string): number {
  const stack: Array<{ indent: number; size: string | null }> = [];
  let deepest = 0;
  for (const raw of code.split("\n")) {
    const line = raw.replace(/\t/g, "    ");
    const body = line.trim();
    if (!body || body.startsWith("#")) continue;
    const indent = line.length - line.trimStart().length;
    while (stack.length > 0 && indent <= stack[stack.length - 1]!.indent) stack.pop();
    if (!/:\s*(?:#.*)?$/.test(body)) continue;
    stack.push({ indent, size: pythonLoopSize(body) });
    deepest = Math.max(deepest, depthOf(stack.map((entry) => entry.size)));
  }
  return deepest;
}

/** C-like: blocks by braces; a `for (…)` header's size goes to the brace that opens its body. */
function cLikeNesting(code: string): number {
  const stack: Array<string | null> = [];
  let pending: string | null | undefined;
  let deepest = 0;
  for (let i = 0; i < code.length; i += 1) {
    const char = code[i]!;
    if (char === "{") {
      stack.push(pending ?? null);
      pending = undefined;
      deepest = Math.max(deepest, depthOf(stack));
    } else if (char === "}") {
      stack.pop();
    } else if (char === ";" && pending !== undefined) {
      pending = undefined;
    } else if (char === "(" && /(?:^|[^\w.])for\s*$/.test(code.slice(Math.max(0, i - 12), i))) {
      // The header's parentheses, balanced (`nums.size()` inside them).
      let depth = 1;
      let end = i + 1;
      for (; end < code.length && depth > 0; end += 1) depth += code[end] === "(" ? 1 : code[end] === ")" ? -1 : 0;
      pending = cLikeLoopSize(code.slice(i + 1, end - 1));
      i = end - 1;
    }
  }
  return deepest;
}

/** The deepest nesting of loops over one input size in the code (1: no such nesting). */
export function loopNesting(code: string): number {
  const braced = /\{[^]*\}/.test(code) && !/^\s*(?:def|class)\s/m.test(code);
  return Math.max(1, braced ? cLikeNesting(code) : pythonNesting(code));
}

/** The polynomial degree of one Big-O expression: O(1) 0, O(log n) 0.5, O(n) 1, O(n log n) 1.5, O(n²) and O(n·m) 2. */
export function complexityDegree(expression: string): number {
  const e = expression.toLowerCase().replace(/\s+/g, "").replace(/²/g, "^2").replace(/³/g, "^3");
  if (/\d\^n|\^n\b|n!/.test(e)) return Infinity;
  const power = /\^(\d)/.exec(e);
  if (power) return Number(power[1]);
  const variables = e.replace(/log\w*/g, "").match(/[a-z]/g)?.length ?? 0;
  const logs = /log/.test(e) ? 0.5 : 0;
  return variables + logs;
}

const WORD_DEGREES: ReadonlyArray<[RegExp, number]> = [
  [/\bconstant time\b/i, 0],
  [/\blogarithmic\b/i, 0.5],
  [/\blinear(?:ithmic)?\b/i, 1],
  [/\bquadratic\b/i, 2],
  [/\bcubic\b/i, 3],
  [/\bexponential\b/i, Infinity],
];

/** Whether a Big-O is about space: named right after it ("O(1) space"), else the nearer word before it ("space is O(1)"). */
function isSpaceClaim(after: string, before: string): boolean {
  const next = /^\s*(?:of\s+|extra\s+|additional\s+|auxiliary\s+)?(time|runtime|space|memory)\b/i.exec(after);
  if (next) return /space|memory/i.test(next[1]!);
  const words = [...before.matchAll(/\b(time|runtime|runs|space|memory)\b/gi)];
  return words.length > 0 && /space|memory/i.test(words[words.length - 1]![1]!);
}

/**
 * The highest time complexity the prose claims (null when it claims none). A Big-O the prose ties to
 * space or memory ("O(1) space", "space is O(n)") is not a time claim.
 */
export function claimedTimeDegree(prose: string): number | null {
  let highest: number | null = null;
  const claim = (degree: number) => (highest = highest === null ? degree : Math.max(highest, degree));
  for (const sentence of prose.split(/(?<=[.!?])\s+|\n+/)) {
    const bigOs = [...sentence.matchAll(/\bO\(([^)\n]{1,20})\)/g)];
    bigOs.forEach((match, index) => {
      const end = (match.index ?? 0) + match[0].length;
      const from = index === 0 ? 0 : (bigOs[index - 1]!.index ?? 0) + bigOs[index - 1]![0].length;
      if (isSpaceClaim(sentence.slice(end, end + 16), sentence.slice(from, match.index ?? 0))) return;
      claim(complexityDegree(match[1]!));
    });
    for (const [pattern, degree] of WORD_DEGREES) if (pattern.test(sentence) && !/\b(?:space|memory)\b/i.test(sentence)) claim(degree);
  }
  return highest;
}

/** The code nests loops over one input deeper than any time complexity the prose claims. */
export function understatesTime(code: string, prose: string): boolean {
  const nesting = loopNesting(code);
  if (nesting < 2) return false;
  const claimed = claimedTimeDegree(prose);
  return claimed !== null && claimed < nesting;
}
