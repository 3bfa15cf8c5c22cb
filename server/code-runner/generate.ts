/**
 * Deterministic generators for large test inputs, so a question stores `{ "$gen": "range", "stop": 100000 }`
 * instead of 100,000 numbers. Expanded on the server right before a run; the same spec always gives
 * the same value. A generator's parameters may themselves be generator specs (as in "concat").
 *
 * - range {start=0, stop, step=1}: integers.
 * - repeat {value, n}: n copies of value.
 * - concat {parts}: arrays joined (a part may be a literal array or a spec).
 * - text {parts: [piece, times][]}: a string, each piece repeated.
 * - grid {rows, cols, fill} / stripes {rows, cols, on, off}: 2-D arrays; stripes alternates whole rows on/off.
 * - chain {start, stop, flip?, weight?}: edges [i, i+1] ([i+1, i] when flip), with a weight appended if given.
 * - strided {k, n}: k lists, list j = range(j, n, k).
 * - each {start=0, stop, item}: item per i; "$i" in item (or inside one of its strings) becomes i.
 * - calls {method, start=0, stop, args}: [method, ...args] per i, with "$i" as in each.
 * - cycle {pattern, n}: the pattern repeated to n items.
 * - levels {n}: range(1, n + 1) cut into level-order rows of 1, 2, 4, … items.
 * - bst_levels {n}: the values 1..n (n = 2^h - 1) of a complete binary search tree, in level order.
 */
import type { TJson } from "@/server/contracts/vocabulary/code-shapes";

type TSpec = { $gen: string } & Record<string, TJson>;

const MAX_ITEMS = 2_000_000;

export function isGeneratorSpec(value: TJson): value is TSpec {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.$gen === "string";
}

/** Expands every generator spec inside a value (arrays are walked; plain objects are left alone). */
export function expand(value: TJson): TJson {
  if (isGeneratorSpec(value)) return generate(value);
  if (Array.isArray(value)) return value.map(expand);
  return value;
}

function int(spec: TSpec, key: string, fallback?: number): number {
  const raw = spec[key] === undefined ? fallback : expand(spec[key]);
  if (typeof raw !== "number" || !Number.isInteger(raw)) throw new Error(`generator ${spec.$gen}: ${key} must be an integer`);
  return raw;
}

function count(n: number, spec: TSpec): number {
  if (n < 0 || n > MAX_ITEMS) throw new Error(`generator ${spec.$gen}: ${n} items is outside 0..${MAX_ITEMS}`);
  return n;
}

function array(value: TJson, spec: TSpec): TJson[] {
  const expanded = expand(value);
  if (!Array.isArray(expanded)) throw new Error(`generator ${spec.$gen}: expected an array`);
  return expanded;
}

function substitute(template: TJson, i: number): TJson {
  if (template === "$i") return i;
  if (typeof template === "string") return template.replaceAll("$i", String(i));
  if (Array.isArray(template)) return template.map((item) => substitute(item, i));
  return template;
}

function generate(spec: TSpec): TJson {
  switch (spec.$gen) {
    case "range": {
      const start = int(spec, "start", 0);
      const stop = int(spec, "stop");
      const step = int(spec, "step", 1);
      if (step === 0) throw new Error("generator range: step must not be 0");
      const n = count(Math.max(0, Math.ceil((stop - start) / step)), spec);
      return Array.from({ length: n }, (_, i) => start + i * step);
    }
    case "repeat":
      return Array.from({ length: count(int(spec, "n"), spec) }, () => expand(spec.value ?? null));
    case "concat": {
      const out: TJson[] = [];
      for (const part of array(spec.parts ?? [], spec)) out.push(...array(part, spec));
      return out;
    }
    case "text":
      return array(spec.parts ?? [], spec)
        .map((part) => {
          if (!Array.isArray(part) || typeof part[0] !== "string" || typeof part[1] !== "number") {
            throw new Error("generator text: parts are [piece, times]");
          }
          return part[0].repeat(count(part[1], spec));
        })
        .join("");
    case "grid": {
      const cols = count(int(spec, "cols"), spec);
      return Array.from({ length: count(int(spec, "rows"), spec) }, () => Array.from({ length: cols }, () => spec.fill ?? 0));
    }
    case "stripes": {
      const cols = count(int(spec, "cols"), spec);
      return Array.from({ length: count(int(spec, "rows"), spec) }, (_, r) =>
        Array.from({ length: cols }, () => (r % 2 === 0 ? (spec.on ?? 1) : (spec.off ?? 0))),
      );
    }
    case "chain": {
      const start = int(spec, "start", 0);
      const n = count(int(spec, "stop") - start, spec);
      return Array.from({ length: n }, (_, i) => {
        const edge: TJson[] = spec.flip ? [start + i + 1, start + i] : [start + i, start + i + 1];
        if (spec.weight !== undefined) edge.push(spec.weight);
        return edge;
      });
    }
    case "strided": {
      const k = count(int(spec, "k"), spec);
      const n = count(int(spec, "n"), spec);
      return Array.from({ length: k }, (_, j) => Array.from({ length: Math.max(0, Math.ceil((n - j) / k)) }, (_, i) => j + i * k));
    }
    case "calls": {
      const start = int(spec, "start", 0);
      const n = count(int(spec, "stop") - start, spec);
      const args = array(spec.args ?? [], spec);
      return Array.from({ length: n }, (_, i) => [spec.method ?? null, ...args.map((a) => substitute(a, start + i))]);
    }
    case "each": {
      const start = int(spec, "start", 0);
      const n = count(int(spec, "stop") - start, spec);
      return Array.from({ length: n }, (_, i) => substitute(spec.item ?? null, start + i));
    }
    case "cycle": {
      const pattern = array(spec.pattern ?? [], spec);
      if (pattern.length === 0) throw new Error("generator cycle: empty pattern");
      return Array.from({ length: count(int(spec, "n"), spec) }, (_, i) => pattern[i % pattern.length]!);
    }
    case "levels": {
      const n = count(int(spec, "n"), spec);
      const rows: number[][] = [];
      for (let first = 1, width = 1; first <= n; first += width, width *= 2) {
        rows.push(Array.from({ length: Math.min(width, n - first + 1) }, (_, i) => first + i));
      }
      return rows;
    }
    case "bst_levels": {
      const n = count(int(spec, "n"), spec);
      // Level order of the complete BST over 1..n: breadth-first over [lo, hi] ranges, root at the middle.
      const out: number[] = [];
      const queue: [number, number][] = [[1, n]];
      for (let head = 0; head < queue.length; head++) {
        const [lo, hi] = queue[head]!;
        if (lo > hi) continue;
        const mid = Math.floor((lo + hi) / 2);
        out.push(mid);
        queue.push([lo, mid - 1], [mid + 1, hi]);
      }
      return out;
    }
    default:
      throw new Error(`unknown generator "${spec.$gen}"`);
  }
}
