/**
 * The comparison rules, kept few on purpose (see TCompare): deep JSON equality with a 1e-6 numeric
 * tolerance, and "unordered" for answers whose top-level order does not matter.
 */
import type { TCompare, TJson } from "./vocabulary/code-shapes";

const EPSILON = 1e-6;

export function jsonEqual(a: TJson, b: TJson): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]!));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && jsonEqual(a[key]!, b[key]!));
  }
  return a === b;
}

/** A total order on JSON values, for sorting before an unordered comparison. */
function sortKey(value: TJson): string {
  return JSON.stringify(value);
}

export function compareResult(actual: TJson, expected: TJson, mode: TCompare = "exact"): boolean {
  if (mode === "unordered") {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return jsonEqual(actual, expected);
    const sortedActual = [...actual].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
    const sortedExpected = [...expected].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
    return jsonEqual(sortedActual, sortedExpected);
  }
  return jsonEqual(actual, expected);
}

/** JavaScript names are the camelCase form of the bank's snake_case names (two_sum → twoSum; LRUCache stays). */
export function functionNameFor(language: "python" | "javascript", name: string): string {
  if (language === "python") return name;
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
