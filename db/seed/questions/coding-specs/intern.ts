/** Runnable specs of the intern coding questions, keyed by slug. */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { fn, gen, t } from "./helpers";

export const internSpecs: Record<string, TCodingSpec> = {
  "code-two-sum": fn({
    name: "two_sum",
    params: ["nums", "target"],
    doc: "Return the indices [i, j] of the two numbers that add up to target.",
    examples: [t("example", [[2, 7, 11, 15], 9], [0, 1], "unordered"), t("middle pair", [[3, 2, 4], 6], [1, 2], "unordered")],
    hidden: [
      t("duplicates", [[3, 3], 6], [0, 1], "unordered"),
      t("negatives", [[-1, -2, -3, -4, -5], -8], [2, 4], "unordered"),
      t("zeros", [[0, 4, 3, 0], 0], [0, 3], "unordered"),
      t("large: pair at the end of 100,000", [gen("range", { stop: 100000 }), 199997], [99998, 99999], "unordered"),
    ],
    python: `
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []`,
    javascript: `
function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}`,
  }),
  "code-valid-parentheses": fn({
    name: "is_valid",
    params: ["s"],
    doc: "Return True if every bracket is closed by the same type in the right order.",
    examples: [t("mixed", ["([]{})"], true), t("wrong type", ["(]"], false), t("crossed", ["([)]"], false)],
    hidden: [
      t("empty", [""], true),
      t("only opening", ["((("], false),
      t("only closing", ["]"], false),
      t("nested", ["{[]}"], true),
      t("large: 60,000 nested", [gen("text", { parts: [["([{", 10000], ["}])", 10000]] })], true),
      t("large: 100,001 unclosed", [gen("text", { parts: [["(", 100001]] })], false),
    ],
    python: `
def is_valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack`,
    javascript: `
function isValid(s) {
  const pairs = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (const ch of s) {
    if (ch in pairs) {
      if (stack.length === 0 || stack.pop() !== pairs[ch]) return false;
    } else {
      stack.push(ch);
    }
  }
  return stack.length === 0;
}`,
  }),
  "code-reverse-linked-list": fn({
    name: "reverse_list",
    params: ["head"],
    kinds: ["list"],
    returns: "list",
    doc: "Reverse the list in place and return its new head.",
    examples: [t("four nodes", [[1, 2, 3, 4]], [4, 3, 2, 1]), t("two nodes", [[1, 2]], [2, 1])],
    hidden: [
      t("empty", [[]], []),
      t("single", [[7]], [7]),
      t("large: 100,000 nodes", [gen("range", { stop: 100000 })], gen("range", { start: 99999, stop: -1, step: -1 })),
    ],
    python: `
def reverse_list(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev`,
    javascript: `
function reverseList(head) {
  let prev = null;
  while (head) {
    const next = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev;
}`,
  }),
  "code-valid-anagram": fn({
    name: "is_anagram",
    params: ["s", "t"],
    doc: "Return True if t uses exactly the same characters as s, with the same counts.",
    examples: [t("anagram", ["listen", "silent"], true), t("not an anagram", ["rat", "car"], false)],
    hidden: [
      t("both empty", ["", ""], true),
      t("different lengths", ["a", "ab"], false),
      t("same letters, different counts", ["aacc", "ccac"], false),
      t("large: 100,000 characters", [gen("text", { parts: [["ab", 50000]] }), gen("text", { parts: [["ba", 50000]] })], true),
    ],
    python: `
from collections import Counter

def is_anagram(s, t):
    return len(s) == len(t) and Counter(s) == Counter(t)`,
    javascript: `
function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of t) {
    const left = (counts.get(ch) ?? 0) - 1;
    if (left < 0) return false;
    counts.set(ch, left);
  }
  return true;
}`,
  }),
  "code-merge-two-sorted-arrays": fn({
    name: "merge_sorted",
    params: ["a", "b"],
    doc: "Return one sorted list with all elements of a and b.",
    examples: [t("example", [[1, 3, 5], [2, 3, 6]], [1, 2, 3, 3, 5, 6]), t("one empty", [[], [1]], [1])],
    hidden: [
      t("both empty", [[], []], []),
      t("negatives", [[-5, 0], [-10, 10]], [-10, -5, 0, 10]),
      t("all of a first", [[1, 2], [3, 4, 5]], [1, 2, 3, 4, 5]),
      t("large: 200,000 interleaved", [gen("range", { stop: 200000, step: 2 }), gen("range", { start: 1, stop: 200000, step: 2 })], gen("range", { stop: 200000 })),
    ],
    python: `
def merge_sorted(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out`,
    javascript: `
function mergeSorted(a, b) {
  const out = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}`,
  }),
  "code-binary-search-first-occurrence": fn({
    name: "first_occurrence",
    params: ["nums", "target"],
    doc: "Return the index of the first occurrence of target, or -1.",
    examples: [t("duplicates", [[1, 2, 2, 2, 3, 5], 2], 1), t("missing", [[1, 3, 5], 4], -1)],
    hidden: [
      t("empty", [[], 1], -1),
      t("all equal", [[2, 2, 2], 2], 0),
      t("last element", [[1, 2, 3], 3], 2),
      t("smaller than all", [[5, 6], 1], -1),
      t(
        "large: a run of 50,000 in 100,000",
        [gen("concat", { parts: [gen("range", { stop: 50000 }), gen("repeat", { value: 50000, n: 50000 }), gen("range", { start: 50001, stop: 60000 })] }), 50000],
        50000,
      ),
    ],
    python: `
def first_occurrence(nums, target):
    lo, hi, found = 0, len(nums) - 1, -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            if nums[mid] == target:
                found = mid
            hi = mid - 1
    return found`,
    javascript: `
function firstOccurrence(nums, target) {
  let lo = 0, hi = nums.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else {
      if (nums[mid] === target) found = mid;
      hi = mid - 1;
    }
  }
  return found;
}`,
  }),
  "code-best-time-to-buy-and-sell-stock": fn({
    name: "max_profit",
    params: ["prices"],
    doc: "Return the best profit from one buy and a later sell, or 0.",
    examples: [t("example", [[7, 1, 5, 3, 6, 4]], 5), t("falling prices", [[7, 6, 4, 3, 1]], 0)],
    hidden: [
      t("empty", [[]], 0),
      t("one day", [[1]], 0),
      t("minimum after the best sale", [[2, 4, 1]], 2),
      t("large: rising 100,000 days", [gen("range", { stop: 100000 })], 99999),
      t("large: falling 100,000 days", [gen("range", { start: 100000, stop: 0, step: -1 })], 0),
    ],
    python: `
def max_profit(prices):
    best, low = 0, float("inf")
    for p in prices:
        low = min(low, p)
        best = max(best, p - low)
    return best`,
    javascript: `
function maxProfit(prices) {
  let best = 0, low = Infinity;
  for (const p of prices) {
    low = Math.min(low, p);
    best = Math.max(best, p - low);
  }
  return best;
}`,
  }),
};
