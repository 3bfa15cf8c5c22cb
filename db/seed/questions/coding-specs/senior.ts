/** Runnable specs of the senior coding questions, keyed by slug. */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { cls, DEFAULT_TIME_LIMIT_MS, fn, gen, t } from "./helpers";

const roundTrip = fn({
  name: "round_trip",
  params: ["root"],
  kinds: ["tree"],
  returns: "tree",
  doc: "Keep as it is: the tests call serialize then deserialize through this function.",
  examples: [t("example", [[1, 2, 3, null, null, 4, 5]], [1, 2, 3, null, null, 4, 5]), t("empty", [[]], [])],
  hidden: [
    t("negatives and zero", [[-1, 0, 1]], [-1, 0, 1]),
    t("right-leaning", [[1, null, 2, null, 3]], [1, null, 2, null, 3]),
    t("large numbers", [[1000000000, -1000000000]], [1000000000, -1000000000]),
    t("large: 32,767 nodes", [gen("range", { start: 1, stop: 32768 })], gen("range", { start: 1, stop: 32768 })),
  ],
  python: `
def serialize(root):
    out, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append("#")
        else:
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
    return ",".join(out)

def deserialize(data):
    tokens = data.split(",")
    if tokens[0] == "#":
        return None
    root = TreeNode(int(tokens[0]))
    queue, head, i = [root], 0, 1
    while head < len(queue):
        node = queue[head]
        head += 1
        if tokens[i] != "#":
            node.left = TreeNode(int(tokens[i]))
            queue.append(node.left)
        if tokens[i + 1] != "#":
            node.right = TreeNode(int(tokens[i + 1]))
            queue.append(node.right)
        i += 2
    return root

def round_trip(root):
    data = serialize(root)
    assert isinstance(data, str), "serialize must return a string"
    return deserialize(data)`,
  javascript: `
function serialize(root) {
  const out = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null) out.push("#");
    else {
      out.push(String(node.val));
      queue.push(node.left, node.right);
    }
  }
  return out.join(",");
}

function deserialize(data) {
  const tokens = data.split(",");
  if (tokens[0] === "#") return null;
  const root = new TreeNode(Number(tokens[0]));
  const queue = [root];
  for (let head = 0, i = 1; head < queue.length; head++, i += 2) {
    const node = queue[head];
    if (tokens[i] !== "#") queue.push((node.left = new TreeNode(Number(tokens[i]))));
    if (tokens[i + 1] !== "#") queue.push((node.right = new TreeNode(Number(tokens[i + 1]))));
  }
  return root;
}

function roundTrip(root) {
  const data = serialize(root);
  if (typeof data !== "string") throw new TypeError("serialize must return a string");
  return deserialize(data);
}`,
});

// The starting code gives both functions and the fixed round_trip the tests call.
roundTrip.signatures = {
  python: `# TreeNode(val, left, right) is defined for you.
def serialize(root):
    # Turn the tree into a string.
    pass


def deserialize(data):
    # Rebuild exactly the same tree from serialize's string.
    pass


# The tests call round_trip; keep it as it is.
def round_trip(root):
    data = serialize(root)
    assert isinstance(data, str), "serialize must return a string"
    return deserialize(data)
`,
  javascript: `// TreeNode(val, left, right) is defined for you.
function serialize(root) {
  // Turn the tree into a string.
}

function deserialize(data) {
  // Rebuild exactly the same tree from serialize's string.
}

// The tests call roundTrip; keep it as it is.
function roundTrip(root) {
  const data = serialize(root);
  if (typeof data !== "string") throw new TypeError("serialize must return a string");
  return deserialize(data);
}
`,
};

export const seniorSpecs: Record<string, TCodingSpec> = {
  "code-serialize-and-deserialize-binary-tree": roundTrip,
  "code-find-median-from-data-stream": cls({
    name: "MedianFinder",
    ctor: [],
    methods: [
      { name: "add_num", params: ["num"], doc: "Add a number from the stream." },
      { name: "find_median", params: [], doc: "Return the median of all numbers so far." },
    ],
    examples: [
      t("example", [[], [["add_num", 1], ["add_num", 2], ["find_median"], ["add_num", 3], ["find_median"]]], [null, null, 1.5, null, 2]),
      t("unsorted arrivals", [[], [["add_num", 5], ["add_num", 1], ["add_num", 9], ["find_median"], ["add_num", 2], ["find_median"]]], [null, null, null, 5, null, 3.5]),
    ],
    hidden: [
      t("one number", [[], [["add_num", -5], ["find_median"]]], [null, -5]),
      t("duplicates", [[], [["add_num", 2], ["add_num", 2], ["add_num", 2], ["find_median"]]], [null, null, null, 2]),
      t(
        "large: 20,001 numbers",
        [[], gen("concat", { parts: [gen("calls", { method: "add_num", stop: 20001, args: ["$i"] }), [["find_median"]]] })],
        gen("concat", { parts: [gen("repeat", { value: null, n: 20001 }), [10000]] }),
      ),
    ],
    python: `
import heapq

class MedianFinder:
    def __init__(self):
        self.low = []   # max-heap, stored negated
        self.high = []  # min-heap

    def add_num(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2`,
    javascript: `
class Heap {
  constructor(before) {
    this.items = [];
    this.before = before;
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(value) {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let best = i;
        if (l < a.length && this.before(a[l], a[best])) best = l;
        if (r < a.length && this.before(a[r], a[best])) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best], a[i]];
        i = best;
      }
    }
    return top;
  }
}

class MedianFinder {
  constructor() {
    this.low = new Heap((a, b) => a > b);
    this.high = new Heap((a, b) => a < b);
  }

  addNum(num) {
    this.low.push(num);
    this.high.push(this.low.pop());
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  findMedian() {
    return this.low.size > this.high.size ? this.low.peek() : (this.low.peek() + this.high.peek()) / 2;
  }
}`,
  }),
  "code-network-delay-dijkstra": fn({
    name: "network_delay_time",
    params: ["times", "n", "k"],
    doc: "Return the time for a signal from k to reach every node, or -1.",
    examples: [t("example", [[[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2], 2), t("unreachable", [[[1, 2, 1]], 2, 2], -1)],
    hidden: [
      t("single node", [[], 1, 1], 0),
      t("longer path is faster", [[[1, 2, 10], [1, 3, 1], [3, 2, 1]], 3, 1], 2),
      t("zero weights", [[[1, 2, 0], [2, 3, 0]], 3, 1], 0),
      t("large: a chain of 20,000", [gen("chain", { start: 1, stop: 20000, weight: 1 }), 20000, 1], 19999),
    ],
    python: `
import heapq

def network_delay_time(times, n, k):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    dist = {}
    heap = [(0, k)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in dist:
            continue
        dist[node] = d
        for nxt, w in graph[node]:
            if nxt not in dist:
                heapq.heappush(heap, (d + w, nxt))
    return max(dist.values()) if len(dist) == n else -1`,
    javascript: `
function networkDelayTime(times, n, k) {
  const graph = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) graph[u].push([v, w]);
  const dist = new Array(n + 1).fill(Infinity);
  const done = new Array(n + 1).fill(false);
  dist[k] = 0;
  // Binary heap of [distance, node].
  const heap = [[0, k]];
  const push = (item) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, node] = pop();
    if (done[node]) continue;
    done[node] = true;
    for (const [next, w] of graph[node]) if (d + w < dist[next]) push([(dist[next] = d + w), next]);
  }
  let worst = 0;
  for (let i = 1; i <= n; i++) worst = Math.max(worst, dist[i]);
  return worst === Infinity ? -1 : worst;
}`,
  }),
  "code-trapping-rain-water": fn({
    name: "trap",
    params: ["height"],
    doc: "Return how much water the elevation map traps.",
    examples: [t("example", [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], 6), t("deep well", [[4, 2, 0, 3, 2, 5]], 9)],
    hidden: [
      t("empty", [[]], 0),
      t("rising", [[1, 2, 3]], 0),
      t("one valley", [[3, 0, 3]], 3),
      t("large: 100,000 bars", [gen("concat", { parts: [[1000], gen("repeat", { value: 0, n: 99998 }), [1000]] })], 99998000),
    ],
    python: `
def trap(height):
    left, right = 0, len(height) - 1
    left_max = right_max = water = 0
    while left < right:
        if height[left] < height[right]:
            left_max = max(left_max, height[left])
            water += left_max - height[left]
            left += 1
        else:
            right_max = max(right_max, height[right])
            water += right_max - height[right]
            right -= 1
    return water`,
    javascript: `
function trap(height) {
  let left = 0, right = height.length - 1, leftMax = 0, rightMax = 0, water = 0;
  while (left < right) {
    if (height[left] < height[right]) {
      leftMax = Math.max(leftMax, height[left]);
      water += leftMax - height[left++];
    } else {
      rightMax = Math.max(rightMax, height[right]);
      water += rightMax - height[right--];
    }
  }
  return water;
}`,
  }),
  "code-edit-distance": fn({
    name: "min_distance",
    params: ["a", "b"],
    doc: "Return the fewest insertions, deletions or substitutions that turn a into b.",
    examples: [t("horse", ["horse", "ros"], 3), t("intention", ["intention", "execution"], 5)],
    hidden: [
      t("both empty", ["", ""], 0),
      t("to empty", ["abc", ""], 3),
      t("from empty", ["", "ab"], 2),
      t("same", ["same", "same"], 0),
      t("large: 800 x 800", [gen("text", { parts: [["a", 800]] }), gen("text", { parts: [["b", 800]] })], 800),
    ],
    python: `
def min_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            if ca == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[len(b)]`,
    javascript: `
function minDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[b.length];
}`,
    timeLimitMs: 2 * DEFAULT_TIME_LIMIT_MS,
  }),
  "code-time-based-key-value-store": cls({
    name: "TimeMap",
    ctor: [],
    methods: [
      { name: "set", params: ["key", "value", "timestamp"], doc: "Store value for key at timestamp (increasing per key)." },
      { name: "get", params: ["key", "timestamp"], doc: 'Return the value at the largest timestamp <= timestamp, or "".' },
    ],
    examples: [
      t(
        "example",
        [[], [["set", "foo", "bar", 1], ["get", "foo", 1], ["get", "foo", 3], ["set", "foo", "bar2", 4], ["get", "foo", 4], ["get", "foo", 5]]],
        [null, "bar", "bar", null, "bar2", "bar2"],
      ),
      t("before the first set", [[], [["set", "k", "v", 5], ["get", "k", 4]]], [null, ""]),
    ],
    hidden: [
      t("missing key", [[], [["get", "nope", 1]]], [""]),
      t("keys are separate", [[], [["set", "a", "x", 1], ["set", "b", "y", 2], ["get", "a", 2], ["get", "b", 1]]], [null, null, "x", ""]),
      t(
        "large: 20,000 sets and gets",
        [[], gen("concat", { parts: [gen("calls", { method: "set", start: 1, stop: 20001, args: ["k", "v$i", "$i"] }), gen("calls", { method: "get", start: 1, stop: 20001, args: ["k", "$i"] })] })],
        gen("concat", { parts: [gen("repeat", { value: null, n: 20000 }), gen("each", { start: 1, stop: 20001, item: "v$i" })] }),
      ),
    ],
    python: `
import bisect
from collections import defaultdict

class TimeMap:
    def __init__(self):
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key, value, timestamp):
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key, timestamp):
        i = bisect.bisect_right(self.times[key], timestamp)
        return self.values[key][i - 1] if i else ""`,
    javascript: `
class TimeMap {
  constructor() {
    this.entries = new Map();
  }

  set(key, value, timestamp) {
    if (!this.entries.has(key)) this.entries.set(key, []);
    this.entries.get(key).push([timestamp, value]);
  }

  get(key, timestamp) {
    const list = this.entries.get(key) ?? [];
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo ? list[lo - 1][1] : "";
  }
}`,
  }),
  "code-sliding-window-maximum": fn({
    name: "max_sliding_window",
    params: ["nums", "k"],
    doc: "Return the maximum of each window of k consecutive numbers.",
    examples: [t("example", [[1, 3, -1, -3, 5, 3, 6, 7], 3], [3, 3, 5, 5, 6, 7]), t("window of 1", [[1], 1], [1])],
    hidden: [
      t("falling", [[9, 8, 7, 6], 2], [9, 8, 7]),
      t("window is everything", [[4, -2, 7], 3], [7]),
      t("duplicates", [[2, 2, 2, 1], 2], [2, 2, 2]),
      t("large: 100,000 numbers, k = 1,000", [gen("range", { stop: 100000 }), 1000], gen("range", { start: 999, stop: 100000 })),
    ],
    python: `
from collections import deque

def max_sliding_window(nums, k):
    window, out = deque(), []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out`,
    javascript: `
function maxSlidingWindow(nums, k) {
  const window = [];
  let head = 0;
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    while (window.length > head && nums[window[window.length - 1]] <= nums[i]) window.pop();
    window.push(i);
    if (window[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[window[head]]);
  }
  return out;
}`,
  }),
};
