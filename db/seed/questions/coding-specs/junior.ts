/** Runnable specs of the junior coding questions, keyed by slug. */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { fn, gen, t } from "./helpers";

export const juniorSpecs: Record<string, TCodingSpec> = {
  "code-merge-overlapping-intervals": fn({
    name: "merge_intervals",
    params: ["intervals"],
    doc: "Merge overlapping [start, end] intervals; return them sorted by start.",
    examples: [
      t("example", [[[1, 3], [2, 6], [8, 10], [15, 18]]], [[1, 6], [8, 10], [15, 18]]),
      t("touching", [[[1, 4], [4, 5]]], [[1, 5]]),
    ],
    hidden: [
      t("empty", [[]], []),
      t("unsorted", [[[8, 10], [1, 3], [2, 6]]], [[1, 6], [8, 10]]),
      t("contained", [[[1, 4], [2, 3]]], [[1, 4]]),
      t("large: 100,000 touching", [gen("chain", { stop: 100000 })], [[0, 100000]]),
    ],
    python: `
def merge_intervals(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out`,
    javascript: `
function mergeIntervals(intervals) {
  const out = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (out.length && start <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], end);
    else out.push([start, end]);
  }
  return out;
}`,
  }),
  "code-top-k-frequent-elements": fn({
    name: "top_k_frequent",
    params: ["nums", "k"],
    doc: "Return the k most frequent elements, in any order.",
    examples: [t("example", [[1, 1, 1, 2, 2, 3], 2], [1, 2], "unordered"), t("single", [[1], 1], [1], "unordered")],
    hidden: [
      t("negatives", [[4, 4, -1, -1, -1, 2], 1], [-1], "unordered"),
      t("all of them", [[5, 6, 6], 2], [5, 6], "unordered"),
      t(
        "large: 55,000 numbers",
        [gen("concat", { parts: [gen("repeat", { value: 7, n: 3000 }), gen("repeat", { value: 8, n: 2000 }), gen("range", { stop: 50000 })] }), 2],
        [7, 8],
        "unordered",
      ),
    ],
    python: `
from collections import Counter

def top_k_frequent(nums, k):
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, count in Counter(nums).items():
        buckets[count].append(value)
    out = []
    for bucket in reversed(buckets):
        out.extend(bucket)
        if len(out) >= k:
            return out[:k]
    return out`,
    javascript: `
function topKFrequent(nums, k) {
  const counts = new Map();
  for (const n of nums) counts.set(n, (counts.get(n) ?? 0) + 1);
  const buckets = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, count] of counts) buckets[count].push(value);
  const out = [];
  for (let c = buckets.length - 1; c >= 0 && out.length < k; c--) out.push(...buckets[c]);
  return out.slice(0, k);
}`,
  }),
  "code-number-of-islands": fn({
    name: "num_islands",
    params: ["grid"],
    doc: 'Return the number of islands of "1" cells connected up, down, left or right.',
    examples: [
      t("example", [[["1", "1", "0"], ["0", "1", "0"], ["0", "0", "1"]]], 2),
      t("one big island", [[["1", "1", "1", "1", "0"], ["1", "1", "0", "1", "0"], ["1", "1", "0", "0", "0"], ["0", "0", "0", "0", "0"]]], 1),
    ],
    hidden: [
      t("empty grid", [[]], 0),
      t("only water", [[["0"]]], 0),
      t("three islands", [[["1", "1", "0", "0", "0"], ["1", "1", "0", "0", "0"], ["0", "0", "1", "0", "0"], ["0", "0", "0", "1", "1"]]], 3),
      t("diagonal is not connected", [[["1", "0"], ["0", "1"]]], 2),
      t("large: 301 x 300 stripes", [gen("stripes", { rows: 301, cols: 300, on: "1", off: "0" })], 151),
    ],
    python: `
def num_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = [[False] * cols for _ in range(rows)]
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and not seen[r][c]:
                count += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1" and not seen[x][y]:
                            seen[x][y] = True
                            stack.append((x, y))
    return count`,
    javascript: `
function numIslands(grid) {
  const rows = grid.length, cols = rows ? grid[0].length : 0;
  const seen = grid.map((row) => row.map(() => false));
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r][c]) continue;
      count++;
      seen[r][c] = true;
      const stack = [[r, c]];
      while (stack.length) {
        const [i, j] = stack.pop();
        for (const [x, y] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
          if (x >= 0 && x < rows && y >= 0 && y < cols && grid[x][y] === "1" && !seen[x][y]) {
            seen[x][y] = true;
            stack.push([x, y]);
          }
        }
      }
    }
  }
  return count;
}`,
  }),
  "code-longest-substring-without-repeats": fn({
    name: "length_of_longest_substring",
    params: ["s"],
    doc: "Return the length of the longest substring without repeated characters.",
    examples: [t("abcabcbb", ["abcabcbb"], 3), t("pwwkew", ["pwwkew"], 3)],
    hidden: [
      t("empty", [""], 0),
      t("one repeated letter", ["bbbbb"], 1),
      t("a space", [" "], 1),
      t("window moves back", ["abba"], 2),
      t("large: 104,000 characters", [gen("text", { parts: [["abcdefghijklmnopqrstuvwxyz", 4000]] })], 26),
    ],
    python: `
def length_of_longest_substring(s):
    last, start, best = {}, 0, 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best`,
    javascript: `
function lengthOfLongestSubstring(s) {
  const last = new Map();
  let start = 0, best = 0;
  for (let i = 0; i < s.length; i++) {
    if ((last.get(s[i]) ?? -1) >= start) start = last.get(s[i]) + 1;
    last.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}`,
  }),
  "code-binary-tree-level-order-traversal": fn({
    name: "level_order",
    params: ["root"],
    kinds: ["tree"],
    doc: "Return the node values level by level, left to right.",
    examples: [t("example", [[3, 9, 20, null, null, 15, 7]], [[3], [9, 20], [15, 7]]), t("single node", [[1]], [[1]])],
    hidden: [
      t("empty", [[]], []),
      t("left-leaning", [[1, 2, null, 3]], [[1], [2], [3]]),
      t("large: 32,767 nodes", [gen("range", { start: 1, stop: 32768 })], gen("levels", { n: 32767 })),
    ],
    python: `
def level_order(root):
    out, level = [], [root] if root else []
    while level:
        out.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return out`,
    javascript: `
function levelOrder(root) {
  const out = [];
  let level = root ? [root] : [];
  while (level.length) {
    out.push(level.map((node) => node.val));
    level = level.flatMap((node) => [node.left, node.right].filter(Boolean));
  }
  return out;
}`,
  }),
  "code-product-of-array-except-self": fn({
    name: "product_except_self",
    params: ["nums"],
    doc: "Return a list where item i is the product of all numbers except nums[i], without division.",
    examples: [t("example", [[1, 2, 3, 4]], [24, 12, 8, 6]), t("with a zero", [[-1, 1, 0, -3, 3]], [0, 0, 9, 0, 0])],
    hidden: [
      t("two zeros", [[0, 0]], [0, 0]),
      t("two numbers", [[2, 3]], [3, 2]),
      t("negatives", [[-1, -2, -3]], [6, 3, 2]),
      t("large: 100,000 numbers", [gen("repeat", { value: 1, n: 100000 })], gen("repeat", { value: 1, n: 100000 })),
    ],
    python: `
def product_except_self(nums):
    out = [1] * len(nums)
    prefix = 1
    for i in range(len(nums)):
        out[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= suffix
        suffix *= nums[i]
    return out`,
    javascript: `
function productExceptSelf(nums) {
  const out = new Array(nums.length).fill(1);
  let prefix = 1;
  for (let i = 0; i < nums.length; i++) {
    out[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = nums.length - 1; i >= 0; i--) {
    out[i] *= suffix;
    suffix *= nums[i];
  }
  return out.map((x) => x + 0);
}`,
  }),
  "code-maximum-subarray-sum": fn({
    name: "max_subarray",
    params: ["nums"],
    doc: "Return the largest sum of a non-empty contiguous subarray.",
    examples: [t("example", [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], 6), t("single", [[1]], 1)],
    hidden: [
      t("all positive", [[5, 4, -1, 7, 8]], 23),
      t("all negative", [[-3, -2, -5]], -2),
      t("large: 100,000 numbers", [gen("concat", { parts: [gen("range", { start: -50000, stop: 0 }), gen("range", { start: 1, stop: 50001 })] })], 1250025000),
    ],
    python: `
def max_subarray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best`,
    javascript: `
function maxSubarray(nums) {
  let best = nums[0], current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}`,
  }),
  "code-detect-cycle-in-linked-list": fn({
    name: "has_cycle",
    params: ["head"],
    kinds: ["cycle_list"],
    doc: "Return True if the list has a cycle, using O(1) extra memory.",
    examples: [t("tail to index 1", [[[3, 2, 0, -4], 1]], true), t("no cycle", [[[1, 2], -1]], false)],
    hidden: [
      t("empty", [[[], -1]], false),
      t("self loop", [[[1], 0]], true),
      t("single without cycle", [[[1], -1]], false),
      t("large: 100,000 nodes, cycle at the middle", [[gen("range", { stop: 100000 }), 50000]], true),
      t("large: 100,000 nodes, no cycle", [[gen("range", { stop: 100000 }), -1]], false),
    ],
    python: `
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False`,
    javascript: `
function hasCycle(head) {
  let slow = head, fast = head;
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
    if (slow === fast) return true;
  }
  return false;
}`,
  }),
};
