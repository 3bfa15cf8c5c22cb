/** Runnable specs of the mid-level coding questions, keyed by slug. */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { cls, fn, gen, t } from "./helpers";

export const midSpecs: Record<string, TCodingSpec> = {
  "code-lru-cache": cls({
    name: "LRUCache",
    ctor: ["capacity"],
    methods: [
      { name: "get", params: ["key"], doc: "Return the value for key, or -1; a hit makes key the most recently used.", },
      { name: "put", params: ["key", "value"], doc: "Insert or update key; when over capacity, evict the least recently used key." },
    ],
    examples: [
      t(
        "capacity 2",
        [[2], [["put", 1, 1], ["put", 2, 2], ["get", 1], ["put", 3, 3], ["get", 2], ["put", 4, 4], ["get", 1], ["get", 3], ["get", 4]]],
        [null, null, 1, null, -1, null, -1, 3, 4],
      ),
      t("capacity 1", [[1], [["put", 2, 1], ["get", 2], ["put", 3, 2], ["get", 2], ["get", 3]]], [null, 1, null, -1, 2]),
    ],
    hidden: [
      t("update refreshes recency", [[2], [["put", 1, 1], ["put", 2, 2], ["put", 1, 10], ["put", 3, 3], ["get", 1], ["get", 2]]], [null, null, null, null, 10, -1]),
      t("missing key", [[2], [["get", 5]]], [-1]),
      t(
        "large: 20,000 puts, capacity 1,000",
        [[1000], gen("concat", { parts: [gen("calls", { method: "put", stop: 20000, args: ["$i", "$i"] }), gen("calls", { method: "get", start: 19000, stop: 20000, args: ["$i"] }), [["get", 0]]] })],
        gen("concat", { parts: [gen("repeat", { value: null, n: 20000 }), gen("range", { start: 19000, stop: 20000 }), [-1]] }),
      ),
    ],
    python: `
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)`,
    javascript: `
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = new Map();
  }

  get(key) {
    if (!this.items.has(key)) return -1;
    const value = this.items.get(key);
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  put(key, value) {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value);
  }
}`,
  }),
  "code-shortest-path-in-grid-with-obstacles": fn({
    name: "shortest_path",
    params: ["grid"],
    doc: "Return the fewest moves from the top-left to the bottom-right cell (0 open, 1 wall), or -1.",
    examples: [t("example", [[[0, 0, 0], [1, 1, 0], [0, 0, 0]]], 4), t("blocked", [[[0, 1], [1, 0]]], -1)],
    hidden: [
      t("one cell", [[[0]]], 0),
      t("start is a wall", [[[1, 0], [0, 0]]], -1),
      t("end is a wall", [[[0, 0], [0, 1]]], -1),
      t("detour", [[[0, 0, 0, 0], [1, 1, 1, 0], [0, 0, 0, 0], [0, 1, 1, 1], [0, 0, 0, 0]]], 13),
      t("large: 300 x 300 open", [gen("grid", { rows: 300, cols: 300, fill: 0 })], 598),
    ],
    python: `
from collections import deque

def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[rows - 1][cols - 1]:
        return -1
    dist = [[-1] * cols for _ in range(rows)]
    dist[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return dist[r][c]
        for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 0 and dist[x][y] < 0:
                dist[x][y] = dist[r][c] + 1
                queue.append((x, y))
    return -1`,
    javascript: `
function shortestPath(grid) {
  const rows = grid.length, cols = grid[0].length;
  if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
  const dist = grid.map((row) => row.map(() => -1));
  dist[0][0] = 0;
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    if (r === rows - 1 && c === cols - 1) return dist[r][c];
    for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (x >= 0 && x < rows && y >= 0 && y < cols && grid[x][y] === 0 && dist[x][y] < 0) {
        dist[x][y] = dist[r][c] + 1;
        queue.push([x, y]);
      }
    }
  }
  return -1;
}`,
  }),
  "code-course-schedule-cycle-detection": fn({
    name: "can_finish",
    params: ["num_courses", "prerequisites"],
    doc: "Return True if all courses can be finished ([a, b] means b before a).",
    examples: [t("one prerequisite", [2, [[1, 0]]], true), t("two-course cycle", [2, [[1, 0], [0, 1]]], false)],
    hidden: [
      t("no prerequisites", [3, []], true),
      t("self-dependency", [1, [[0, 0]]], false),
      t("diamond", [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], true),
      t("cycle off to the side", [4, [[1, 0], [2, 3], [3, 2]]], false),
      t("large: a chain of 20,000", [20000, gen("chain", { stop: 19999, flip: true })], true),
      t("large: a cycle of 20,000", [20000, gen("concat", { parts: [gen("chain", { stop: 19999, flip: true }), [[0, 19999]]] })], false),
    ],
    python: `
from collections import deque

def can_finish(num_courses, prerequisites):
    indegree = [0] * num_courses
    after = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        after[before].append(course)
        indegree[course] += 1
    queue = deque(i for i in range(num_courses) if indegree[i] == 0)
    done = 0
    while queue:
        course = queue.popleft()
        done += 1
        for nxt in after[course]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return done == num_courses`,
    javascript: `
function canFinish(numCourses, prerequisites) {
  const indegree = new Array(numCourses).fill(0);
  const after = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    after[before].push(course);
    indegree[course]++;
  }
  const queue = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    for (const next of after[queue[head]]) if (--indegree[next] === 0) queue.push(next);
  }
  return queue.length === numCourses;
}`,
  }),
  "code-merge-k-sorted-lists": fn({
    name: "merge_k_lists",
    params: ["lists"],
    doc: "Merge k sorted lists into one sorted list.",
    examples: [t("example", [[[1, 4, 5], [1, 3, 4], [2, 6]]], [1, 1, 2, 3, 4, 4, 5, 6]), t("no lists", [[]], [])],
    hidden: [
      t("empty lists", [[[], []]], []),
      t("one list", [[[1, 2, 3]]], [1, 2, 3]),
      t("negatives", [[[-3, 0], [-2], [-5, 10]]], [-5, -3, -2, 0, 10]),
      t("large: 100 lists, 100,000 numbers", [gen("strided", { k: 100, n: 100000 })], gen("range", { stop: 100000 })),
    ],
    python: `
import heapq

def merge_k_lists(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heapq.heappop(heap)
        out.append(value)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out`,
    javascript: `
function mergeKLists(lists) {
  // Pairwise merging: log k rounds over N numbers.
  const merge = (a, b) => {
    const out = [];
    let i = 0, j = 0;
    while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
    while (i < a.length) out.push(a[i++]);
    while (j < b.length) out.push(b[j++]);
    return out;
  };
  let round = lists;
  if (round.length === 0) return [];
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? merge(round[i], round[i + 1]) : round[i]);
    round = next;
  }
  return round[0];
}`,
  }),
  "code-coin-change-minimum-coins": fn({
    name: "coin_change",
    params: ["coins", "amount"],
    doc: "Return the fewest coins that make amount, or -1.",
    examples: [t("example", [[1, 2, 5], 11], 3), t("impossible", [[2], 3], -1)],
    hidden: [
      t("amount 0", [[1], 0], 0),
      t("greedy fails", [[1, 3, 4], 6], 2),
      t("no coins", [[], 7], -1),
      t("awkward coins", [[186, 419, 83, 408], 6249], 20),
      t("large: amount 10,000", [[1, 5, 10, 25], 10000], 400),
    ],
    python: `
def coin_change(coins, amount):
    unreachable = amount + 1
    dp = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != unreachable else -1`,
    javascript: `
function coinChange(coins, amount) {
  const dp = new Array(amount + 1).fill(Infinity);
  dp[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) if (c <= a && dp[a - c] + 1 < dp[a]) dp[a] = dp[a - c] + 1;
  }
  return dp[amount] === Infinity ? -1 : dp[amount];
}`,
  }),
  "code-sliding-window-rate-limiter-class": cls({
    name: "RateLimiter",
    ctor: ["max_requests", "window_seconds"],
    methods: [{ name: "allow", params: ["client_id", "timestamp"], doc: "Return True if this request is allowed; only allowed requests count." }],
    examples: [
      t("3 per 10 seconds", [[3, 10], [["allow", "a", 1], ["allow", "a", 2], ["allow", "a", 3], ["allow", "a", 4], ["allow", "a", 11]]], [true, true, true, false, true]),
      t("clients are separate", [[2, 5], [["allow", "a", 1], ["allow", "b", 1], ["allow", "a", 2], ["allow", "a", 3], ["allow", "b", 2], ["allow", "b", 3]]], [true, true, true, false, true, false]),
    ],
    hidden: [
      t("window edge", [[1, 10], [["allow", "a", 0], ["allow", "a", 9], ["allow", "a", 10]]], [true, false, true]),
      t("large: 100,000 requests", [[3, 10], gen("calls", { method: "allow", stop: 100000, args: ["a", "$i"] })], gen("cycle", { pattern: [true, true, true, false, false, false, false, false, false, false], n: 100000 })),
    ],
    python: `
from collections import defaultdict, deque

class RateLimiter:
    def __init__(self, max_requests, window_seconds):
        self.max = max_requests
        self.window = window_seconds
        self.log = defaultdict(deque)

    def allow(self, client_id, timestamp):
        times = self.log[client_id]
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        if len(times) < self.max:
            times.append(timestamp)
            return True
        return False`,
    javascript: `
class RateLimiter {
  constructor(maxRequests, windowSeconds) {
    this.max = maxRequests;
    this.window = windowSeconds;
    this.log = new Map();
  }

  allow(clientId, timestamp) {
    if (!this.log.has(clientId)) this.log.set(clientId, { times: [], head: 0 });
    const entry = this.log.get(clientId);
    while (entry.head < entry.times.length && entry.times[entry.head] <= timestamp - this.window) entry.head++;
    if (entry.times.length - entry.head < this.max) {
      entry.times.push(timestamp);
      return true;
    }
    return false;
  }
}`,
  }),
  "code-subarray-sum-equals-k": fn({
    name: "subarray_sum",
    params: ["nums", "k"],
    doc: "Return how many contiguous subarrays sum to k.",
    examples: [t("ones", [[1, 1, 1], 2], 2), t("example 2", [[1, 2, 3], 3], 2)],
    hidden: [
      t("negatives", [[1, -1, 0], 0], 3),
      t("none", [[1, 2], 5], 0),
      t("single equal", [[5], 5], 1),
      t("large: 20,000 zeros", [gen("repeat", { value: 0, n: 20000 }), 0], 200010000),
    ],
    python: `
from collections import defaultdict

def subarray_sum(nums, k):
    seen = defaultdict(int)
    seen[0] = 1
    total = count = 0
    for x in nums:
        total += x
        count += seen[total - k]
        seen[total] += 1
    return count`,
    javascript: `
function subarraySum(nums, k) {
  const seen = new Map([[0, 1]]);
  let total = 0, count = 0;
  for (const x of nums) {
    total += x;
    count += seen.get(total - k) ?? 0;
    seen.set(total, (seen.get(total) ?? 0) + 1);
  }
  return count;
}`,
  }),
  "code-validate-binary-search-tree": fn({
    name: "is_valid_bst",
    params: ["root"],
    kinds: ["tree"],
    doc: "Return True if the tree is a valid binary search tree (strictly smaller left, strictly larger right).",
    examples: [t("valid", [[2, 1, 3]], true), t("example", [[5, 1, 4, null, null, 3, 6]], false)],
    hidden: [
      t("empty", [[]], true),
      t("equal values", [[1, 1]], false),
      t("deep violation", [[5, 4, 6, null, null, 3, 7]], false),
      t("large values", [[2147483647]], true),
      t("large: 32,767 nodes", [gen("bst_levels", { n: 32767 })], true),
    ],
    python: `
def is_valid_bst(root):
    stack, prev, node = [], None, root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True`,
    javascript: `
function isValidBst(root) {
  const stack = [];
  let prev = null, node = root;
  while (stack.length || node) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (prev !== null && node.val <= prev) return false;
    prev = node.val;
    node = node.right;
  }
  return true;
}`,
  }),
};
