import { CODING_SPECS } from "./coding-specs";
import type { SeedQuestion } from "./types";

/**
 * Coding track: precisely stated algorithmic problems. Each sample answer explains the approach,
 * shows Python code, states complexity, lists edge cases and says how to test.
 */
const bank: SeedQuestion[] = [
  // ---------------------------------------------------------------- intern
  {
    slug: "code-two-sum",
    track: "coding",
    level: "intern",
    text: "Given an array of integers nums and an integer target, return the indices of the two numbers that add up to target. Assume exactly one solution exists and you may not use the same element twice. For example, nums = [2, 7, 11, 15] and target = 9 returns [0, 1].",
    tags: ["arrays", "hash-map"],
    difficulty: 1,
    keyPoints: [
      "mention the brute-force O(n^2) nested loop first",
      "use a hash map from value to index for one pass",
      "look up the complement target minus the current value before inserting",
      "state time complexity O(n) and space complexity O(n)",
      "handle duplicates such as [3, 3] with target 6 and negative numbers",
      "test with the example, duplicates and a pair at the end",
    ],
    followUps: [
      { text: "What would you ask before coding if there could be no solution, or several?", dimension: "problem_understanding" },
      { text: "If the array were already sorted, how could you solve it with O(1) extra space?", dimension: "approach" },
      { text: "What are the time and space complexity of your solution, and how do they compare with the brute force?", dimension: "complexity" },
      { text: "Walk me through your code on nums = [3, 3] with target 6. Does it return [0, 1]?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: The brute force checks every pair with two nested loops, which is O(n^2). We can do better by remembering the numbers we've already seen. For each number x at index i, the partner we need is target - x. If that complement is already in a hash map from value to index, we've found the answer. Otherwise we store x with its index and continue. Checking before inserting guarantees we never pair an element with itself.

Code (Python):
\`\`\`python
def two_sum(nums, target):
    seen = {}  # value -> index
    for i, x in enumerate(nums):
        complement = target - x
        if complement in seen:
            return [seen[complement], i]
        seen[x] = i
    return []
\`\`\`

Complexity: One pass over the array with O(1) average hash map operations gives O(n) time. The map holds up to n entries, so O(n) extra space. If memory were tight and we could modify the array, sorting plus two pointers would use O(1) extra space but O(n log n) time, and we'd have to track original indices.

Edge cases: Duplicates, for example [3, 3] with target 6: the first 3 is stored, the second finds it, returning [0, 1]. Negative numbers and zero work the same way because we only use subtraction. If no pair existed despite the assumption, we return an empty list; in an interview I'd confirm whether to return that or raise an error.

Testing: The example returns [0, 1]; [3, 2, 4] with target 6 returns [1, 2], which checks that we don't use index 0 twice; [3, 3] with target 6 checks duplicates; [-1, -2, -3, -4, -5] with target -8 returns [2, 4]; and a case where the pair is at the very end.`,
  },
  {
    slug: "code-valid-parentheses",
    track: "coding",
    level: "intern",
    text: "Given a string containing only the characters ( ) [ ] { }, determine whether it is valid: every opening bracket must be closed by the same type of bracket, in the correct order. For example, \"([]{})\" is valid and \"(]\" or \"([)]\" are not.",
    tags: ["stack", "strings"],
    difficulty: 1,
    keyPoints: [
      "use a stack to track unmatched opening brackets",
      "map each closing bracket to its opening bracket",
      "return false when a closing bracket meets an empty stack or a mismatch",
      "the stack must be empty at the end",
      "state time complexity O(n) and space complexity O(n)",
      "edge cases: empty string, a single bracket, only opening brackets",
    ],
    followUps: [
      { text: "If the string contained only ( and ), could you solve it without a stack? How?", dimension: "approach" },
      { text: "What is the space complexity in the worst case, and which input causes it?", dimension: "complexity" },
      { text: "What does your code return for \"(((\" and for \"]\"? Walk me through both.", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Brackets must close in last-opened, first-closed order, which is exactly what a stack models. I scan the string left to right. Opening brackets are pushed. For a closing bracket, the top of the stack must be the matching opening bracket; if the stack is empty or the top doesn't match, the string is invalid. At the end, the stack must be empty, otherwise some brackets were never closed.

Code (Python):
\`\`\`python
def is_valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
\`\`\`

Complexity: Each character is pushed and popped at most once, so O(n) time. In the worst case, a string of only opening brackets, the stack holds n characters, so O(n) space.

A small optimization: if the length is odd, the string can't be valid, so we can return false immediately.

Edge cases:
- Empty string: valid, the loop doesn't run and the stack is empty.
- "(": invalid, the stack isn't empty at the end.
- ")": invalid, closing bracket with an empty stack.
- "([)]": invalid, because when we see ")" the top is "[".
- If the input could contain other characters, I'd ask whether to ignore them or reject them; here I'd add a check that only bracket characters are pushed.

Testing: "()" and "()[]{}" are true; "(]" and "([)]" are false; "{[]}" checks nesting; "(((" and ")))" check the two unbalanced directions; "" checks empty input.`,
  },
  {
    slug: "code-reverse-linked-list",
    track: "coding",
    level: "intern",
    text: "Given the head of a singly linked list, reverse the list in place and return the new head. For example, 1 -> 2 -> 3 -> 4 becomes 4 -> 3 -> 2 -> 1.",
    tags: ["linked-list", "recursion"],
    difficulty: 2,
    keyPoints: [
      "iterate with three pointers: previous, current and next",
      "save the next node before redirecting current.next",
      "return the previous pointer as the new head",
      "state time complexity O(n) and space complexity O(1)",
      "mention the recursive version and its O(n) call stack",
      "handle an empty list and a single node",
    ],
    followUps: [
      { text: "How would you write the recursive version, and why might you avoid it for a very long list?", dimension: "approach" },
      { text: "What are the time and space complexity of the iterative and the recursive versions?", dimension: "complexity" },
      { text: "What happens in your code when the list is empty or has a single node?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: I walk through the list once and flip each node's next pointer to point backwards. I need three references: prev, the already-reversed part, starting as None; curr, the node I'm processing; and nxt, saved before I overwrite curr.next, otherwise I'd lose the rest of the list. When curr becomes None, prev points to the old tail, which is the new head.

Code (Python):
\`\`\`python
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

def reverse_list(head):
    prev = None
    curr = head
    while curr:
        nxt = curr.next
        curr.next = prev
        prev = curr
        curr = nxt
    return prev
\`\`\`

Walkthrough with 1 -> 2 -> 3: after the first iteration, 1 points to None and prev is 1; after the second, 2 points to 1; after the third, 3 points to 2 and we return 3.

Complexity: Each node is visited once, so O(n) time, and only three pointers are used, so O(1) extra space.

Recursive alternative: reverse the rest of the list, then set head.next.next = head and head.next = None. It's elegant but uses O(n) stack space, and in Python a list of 10,000 nodes would hit the default recursion limit, so I prefer the iterative version in production code.

Edge cases: An empty list returns None because the loop never runs. A single node returns itself with next still None. A two-node list is worth testing explicitly because off-by-one mistakes often show there.

Testing: I'd write helpers to build a list from a Python list and convert back, then check [] -> [], [1] -> [1], [1, 2] -> [2, 1], and [1, 2, 3, 4] -> [4, 3, 2, 1], and verify the old head's next is None, so there's no accidental cycle.`,
  },
  {
    slug: "code-valid-anagram",
    track: "coding",
    level: "intern",
    text: "Given two strings s and t, return true if t is an anagram of s, meaning it uses exactly the same characters with the same counts. For example, s = \"listen\" and t = \"silent\" returns true, and s = \"rat\", t = \"car\" returns false.",
    tags: ["strings", "hash-map", "sorting"],
    difficulty: 1,
    keyPoints: [
      "return false early if the lengths differ",
      "count character frequencies with a hash map or an array of 26",
      "compare by incrementing for s and decrementing for t",
      "mention the sorting alternative with O(n log n) time",
      "state time complexity O(n) and space O(1) for a fixed alphabet",
      "clarify case sensitivity, spaces and Unicode",
    ],
    followUps: [
      { text: "What would you clarify about uppercase letters, spaces or Unicode before coding?", dimension: "problem_understanding" },
      { text: "How does your counting approach compare with sorting both strings?", dimension: "approach" },
      { text: "Why can you call your extra space O(1), and when is that no longer true?", dimension: "complexity" },
    ],
    sampleAnswer: `Clarifying questions first: are the strings lowercase English letters only, and do spaces or case matter? I'll assume case-sensitive comparison of any characters, which a hash map handles.

Approach: Two strings are anagrams exactly when every character appears the same number of times in both. If the lengths differ, they can't be anagrams, so I return false immediately. Otherwise I count characters in s, then decrement for each character in t. If a count would go below zero, t has a character s doesn't have enough of, so return false. Because the lengths are equal, if we never go negative, all counts end at zero.

Code (Python):
\`\`\`python
def is_anagram(s, t):
    if len(s) != len(t):
        return False
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in t:
        if counts.get(ch, 0) == 0:
            return False
        counts[ch] -= 1
    return True
\`\`\`

Alternative: return sorted(s) == sorted(t). It's a one-liner and easy to read, but it costs O(n log n) time and O(n) space for the sorted copies.

Complexity: Two passes, so O(n) time. Space is O(k) for k distinct characters, which is O(1) if the alphabet is fixed, like 26 lowercase letters, where an array of size 26 would be even faster than a dictionary.

Edge cases: two empty strings are anagrams; different lengths return false immediately; repeated letters like "aab" versus "abb" must return false, which is why counts matter rather than sets; uppercase versus lowercase depends on the requirement, and for Unicode I'd normalize the strings first.

Testing: "listen"/"silent" true, "rat"/"car" false, "aab"/"abb" false, ""/"" true, "a"/"ab" false.`,
  },
  {
    slug: "code-merge-two-sorted-arrays",
    track: "coding",
    level: "intern",
    text: "Given two integer arrays a and b, each sorted in non-decreasing order, return a single sorted array containing all of their elements. For example, a = [1, 3, 5] and b = [2, 3, 6] returns [1, 2, 3, 3, 5, 6].",
    tags: ["arrays", "two-pointers", "sorting"],
    difficulty: 2,
    keyPoints: [
      "use two pointers, one per array, and take the smaller element",
      "append the remaining tail of whichever array is not exhausted",
      "use <= to keep the merge stable for equal values",
      "state time complexity O(n + m) versus O((n + m) log(n + m)) for sorting",
      "handle empty arrays and duplicates",
      "mention the in-place variant filling from the back",
    ],
    followUps: [
      { text: "How would you merge in place if a had enough empty space at the end to hold b?", dimension: "approach" },
      { text: "What is the time complexity, and why is it better than concatenating and sorting?", dimension: "complexity" },
      { text: "What happens in your loop when one array runs out before the other?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Concatenating and sorting would work in O((n + m) log(n + m)), but it ignores that both inputs are already sorted. Instead I use two pointers, i for a and j for b. At each step, the smallest remaining element overall is either a[i] or b[j], so I append the smaller one and advance that pointer. When one array runs out, everything left in the other is already sorted and larger than what we've taken, so I append the rest.

Code (Python):
\`\`\`python
def merge_sorted(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
\`\`\`

Using <= means that when values are equal, the element from a comes first. That keeps the merge stable, which matters when this is used inside merge sort or when elements carry extra data.

Complexity: Each element is appended exactly once, so O(n + m) time, and the output uses O(n + m) space.

Variant: a common follow-up is merging in place when a has enough empty space at the end to hold b. Then I'd fill from the back: compare the largest remaining elements of each and write into the last free position, which avoids overwriting unread values in a and uses O(1) extra space.

Edge cases: one or both arrays empty, which the extend calls handle; duplicates across arrays, like the two 3s in the example; all elements of a smaller than all of b; negative numbers.

Testing: the example; [] with [1, 2]; [1, 2] with []; [5, 6] with [1, 2]; and [1, 1] with [1] to check duplicates.`,
  },
  {
    slug: "code-binary-search-first-occurrence",
    track: "coding",
    level: "intern",
    text: "Given a sorted array of integers that may contain duplicates and a target value, return the index of the first occurrence of the target, or -1 if it is not present. For example, nums = [1, 2, 2, 2, 3, 5] and target = 2 returns 1. Your solution should run in O(log n) time.",
    tags: ["binary-search", "arrays"],
    difficulty: 2,
    keyPoints: [
      "binary search with low and high bounds",
      "when nums[mid] equals the target, record it and continue searching left",
      "avoid infinite loops: loop condition and bound updates",
      "state time complexity O(log n) and space O(1)",
      "handle target absent, empty array, all elements equal",
      "mention bisect_left as a library alternative",
    ],
    followUps: [
      { text: "How would you change your code to return the last occurrence instead?", dimension: "approach" },
      { text: "What is the complexity when every element equals the target, and why doesn't it degrade to O(n)?", dimension: "complexity" },
      { text: "Trace your code on [2, 2, 2] with target 2. Where do low and high end up, and could it loop forever?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Standard binary search finds some occurrence of the target, but not necessarily the first. The trick is that when nums[mid] equals the target, I record mid as a candidate answer and keep searching in the left half, because an earlier occurrence might exist. If nums[mid] is smaller than the target, the answer must be to the right; if larger, to the left.

Code (Python):
\`\`\`python
def first_occurrence(nums, target):
    lo, hi = 0, len(nums) - 1
    result = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            result = mid
            hi = mid - 1
        elif nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return result
\`\`\`

Walkthrough for [1, 2, 2, 2, 3, 5] with target 2: mid = 2 has value 2, so result = 2 and hi = 1. Then mid = 0 has value 1, so lo = 1. Then mid = 1 has value 2, so result = 1 and hi = 0. The loop ends and returns 1.

Complexity: The search range halves each iteration, so O(log n) time and O(1) space. A linear scan after finding any match would degrade to O(n) when there are many duplicates, which is why we keep binary searching.

Correctness details: the loop condition lo <= hi and always moving lo or hi past mid guarantee termination. In languages with fixed-size integers, I'd compute mid as lo + (hi - lo) / 2 to avoid overflow.

Edge cases: empty array returns -1 immediately; target smaller than all elements or larger than all; target missing but between values, like 4; all elements equal to the target, which should return 0.

In Python production code, I'd use bisect.bisect_left and check the index. Testing: the example, [2, 2, 2] returns 0, [1, 3] with 2 returns -1, and [] returns -1.`,
  },
  {
    slug: "code-best-time-to-buy-and-sell-stock",
    track: "coding",
    level: "intern",
    text: "You are given an array prices where prices[i] is a stock's price on day i. Choose one day to buy and a later day to sell to maximize profit, and return that maximum profit, or 0 if no profit is possible. For example, prices = [7, 1, 5, 3, 6, 4] returns 5 (buy at 1, sell at 6).",
    tags: ["arrays", "dynamic-programming"],
    difficulty: 2,
    keyPoints: [
      "the brute force over all buy and sell pairs is O(n^2)",
      "track the minimum price seen so far in one pass",
      "at each day compute profit as price minus minimum and keep the best",
      "selling must come after buying",
      "state time complexity O(n) and space O(1)",
      "return 0 for decreasing prices, empty or single-day input",
    ],
    followUps: [
      { text: "What should the function return when prices only go down, and why?", dimension: "problem_understanding" },
      { text: "Why is it enough to track the minimum price so far? What does that guarantee at each day?", dimension: "approach" },
      { text: "What are the time and space complexity, compared with checking every pair of days?", dimension: "complexity" },
    ],
    sampleAnswer: `Approach: Brute force tries every buy day with every later sell day, which is O(n^2). The key observation: if I sell on day i, the best buy day is the lowest price before day i. So in one pass I keep the minimum price seen so far and, for each day, compute the profit of selling today. The best of these is the answer.

Code (Python):
\`\`\`python
def max_profit(prices):
    min_price = float("inf")
    best = 0
    for price in prices:
        if price < min_price:
            min_price = price
        elif price - min_price > best:
            best = price - min_price
    return best
\`\`\`

Walkthrough for [7, 1, 5, 3, 6, 4]: the minimum becomes 7, then 1. On day 2 the profit is 4, on day 3 it's 2, on day 4 it's 5, which is the best, and on day 5 it's 3. Result: 5.

Why order is respected: min_price only includes prices from earlier days, or the current day, which gives a profit of 0, so we never "sell before buying."

Complexity: O(n) time with a single pass, O(1) space.

Edge cases: strictly decreasing prices like [7, 6, 4, 3, 1] return 0 because we never make a positive profit; an empty list or a single day returns 0; equal prices return 0; a minimum at the very end doesn't matter because there's no later day to sell.

Follow-ups I'd mention: if unlimited transactions are allowed, the answer is the sum of all positive day-to-day increases; with at most k transactions, it becomes a dynamic programming problem.

Testing: the example gives 5, the decreasing case gives 0, [2, 4, 1] gives 2, which checks that a later lower minimum doesn't erase the earlier best, and [] gives 0.`,
  },

  // ---------------------------------------------------------------- junior
  {
    slug: "code-merge-overlapping-intervals",
    track: "coding",
    level: "junior",
    text: "Given a list of intervals where each interval is [start, end], merge all overlapping intervals and return the result sorted by start. For example, [[1, 3], [2, 6], [8, 10], [15, 18]] returns [[1, 6], [8, 10], [15, 18]].",
    tags: ["sorting", "arrays"],
    difficulty: 3,
    keyPoints: [
      "sort intervals by start time first",
      "compare each interval's start with the end of the last merged interval",
      "extend the end with max(end) to handle contained intervals",
      "clarify whether touching intervals such as [1, 4] and [4, 5] merge",
      "state time complexity O(n log n) for sorting and O(n) space",
      "edge cases: empty input, single interval, nested intervals",
    ],
    followUps: [
      { text: "Should [1, 4] and [4, 5] merge? How would your code change either way?", dimension: "problem_understanding" },
      { text: "What dominates the running time, and how much extra space do you use?", dimension: "complexity" },
      { text: "What does your code return for [[1, 10], [2, 3], [4, 5]], and why?", dimension: "code_quality" },
    ],
    sampleAnswer: `Clarifying: do touching intervals like [1, 4] and [4, 5] count as overlapping? I'll assume yes, which is the usual convention.

Approach: If intervals are sorted by start, any interval that overlaps the current merged block must come right after it. So I sort by start, then scan. I keep a list of merged intervals. For each interval, if its start is less than or equal to the end of the last merged interval, they overlap and I extend the last one's end to the maximum of both ends. Otherwise, I start a new merged interval.

Code (Python):
\`\`\`python
def merge(intervals):
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
\`\`\`

The max is important: with [1, 10] followed by [2, 3], the second interval is fully contained, and simply taking its end would shrink the merged interval incorrectly.

I use sorted rather than sorting in place so the caller's list isn't mutated, which avoids surprising side effects.

Complexity: Sorting is O(n log n), and the scan is O(n), so O(n log n) overall. The output and the sorted copy take O(n) space.

Edge cases: an empty list returns []; a single interval returns itself; unsorted input like [[8, 10], [1, 3]]; nested intervals like [[1, 10], [2, 3], [4, 5]] return [[1, 10]]; touching intervals [[1, 4], [4, 5]] return [[1, 5]]; duplicates.

Testing: the example, plus the nested case, the touching case, the unsorted case, and a randomized check against a brute-force implementation that marks covered points on a small integer range.`,
  },
  {
    slug: "code-top-k-frequent-elements",
    track: "coding",
    level: "junior",
    text: "Given an integer array nums and an integer k, return the k most frequent elements in any order. For example, nums = [1, 1, 1, 2, 2, 3] and k = 2 returns [1, 2]. Aim for better than O(n log n) time.",
    tags: ["hash-map", "heap", "sorting"],
    difficulty: 3,
    keyPoints: [
      "count frequencies with a hash map or Counter",
      "min-heap of size k gives O(n log k)",
      "bucket sort by frequency gives O(n)",
      "buckets indexed by count from 1 to n",
      "discuss ties and k equal to the number of distinct elements",
      "state space complexity O(n)",
    ],
    followUps: [
      { text: "What do you return if two elements tie for the k-th place?", dimension: "problem_understanding" },
      { text: "Walk me through the bucket approach. Why does it avoid sorting?", dimension: "approach" },
      { text: "What is the complexity of the min-heap approach, and for which values of k is it close to the bucket approach?", dimension: "complexity" },
    ],
    sampleAnswer: `Approach: First count frequencies with a hash map, which is O(n). Then I need the k keys with the highest counts. Sorting all distinct keys by count would be O(n log n). Two better options:

1. A min-heap of size k: push each (count, value), and pop when the heap exceeds k. The heap keeps the k most frequent. That's O(n log k), great when k is small.
2. Bucket sort: a number can appear at most n times, so I create n + 1 buckets where bucket c holds the values that appear exactly c times. Then I walk buckets from high to low counts until I've collected k values. That's O(n).

I'll write the bucket version since the question asks for better than O(n log n).

Code (Python):
\`\`\`python
from collections import Counter

def top_k_frequent(nums, k):
    counts = Counter(nums)
    buckets = [[] for _ in range(len(nums) + 1)]
    for num, c in counts.items():
        buckets[c].append(num)
    result = []
    for c in range(len(buckets) - 1, 0, -1):
        for num in buckets[c]:
            result.append(num)
            if len(result) == k:
                return result
    return result
\`\`\`

Complexity: Counting is O(n), building buckets is O(n), and scanning them is O(n), so O(n) time overall. Space is O(n) for the counter and buckets.

For the heap approach in practice, heapq.nlargest(k, counts, key=counts.get) is concise and O(n log k).

Edge cases: k equal to the number of distinct elements returns all of them; ties at the boundary, for example two values sharing the k-th highest count, where any choice is valid unless the interviewer specifies a tie-break; a single element array; negative numbers, which work because they're dictionary keys.

Testing: the example returns [1, 2]; [1] with k = 1 returns [1]; [4, 4, 5, 5, 6] with k = 2 returns [4, 5] in any order, so I'd compare as sets.`,
  },
  {
    slug: "code-number-of-islands",
    track: "coding",
    level: "junior",
    text: "Given a 2D grid of \"1\" (land) and \"0\" (water), count the number of islands. An island is a group of land cells connected horizontally or vertically. For example, the grid [[\"1\",\"1\",\"0\"],[\"0\",\"1\",\"0\"],[\"0\",\"0\",\"1\"]] has 2 islands.",
    tags: ["graphs", "bfs", "matrix"],
    difficulty: 3,
    keyPoints: [
      "treat the grid as a graph of land cells with four neighbors",
      "scan every cell and start a BFS or DFS from unvisited land",
      "mark cells visited to avoid recounting",
      "increment the island count once per traversal",
      "state time complexity O(rows x cols) and space for the queue",
      "discuss recursion depth limits, empty grid and modifying the input",
    ],
    followUps: [
      { text: "How would you count the islands if you were not allowed to modify the grid?", dimension: "approach" },
      { text: "What are the time and worst-case space complexity of your traversal?", dimension: "complexity" },
      { text: "What happens to a recursive DFS on a 1000 by 1000 grid that is all land, and how would you fix it?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Think of each land cell as a node connected to its up, down, left and right land neighbors. The number of islands is the number of connected components. I scan the grid; when I find a land cell that hasn't been visited, that's a new island, so I increment the count and flood-fill the whole island with BFS, marking every reached cell as visited so it's never counted again.

I'll mark visited cells by setting them to "0". That avoids extra memory, but it mutates the input; if the caller needs the grid unchanged, I'd use a separate visited set.

Code (Python):
\`\`\`python
from collections import deque

def num_islands(grid):
    if not grid or not grid[0]:
        return 0
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            grid[r][c] = "0"
            queue = deque([(r, c)])
            while queue:
                cr, cc = queue.popleft()
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = cr + dr, cc + dc
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "1":
                        grid[nr][nc] = "0"
                        queue.append((nr, nc))
    return count
\`\`\`

I mark cells when they're added to the queue, not when popped, so a cell is never enqueued twice.

Complexity: Every cell is visited a constant number of times, so O(rows x cols) time. The BFS queue can hold O(min(rows, cols)) cells in typical cases, and O(rows x cols) in the worst case.

Why BFS over recursive DFS: a large all-land grid, like 1000 by 1000, would exceed Python's recursion limit with DFS.

Edge cases: empty grid, all water returns 0, all land returns 1, diagonal land cells count as separate islands, single row or column.

Testing: the example returns 2, a checkerboard pattern returns the number of land cells, and all land returns 1.`,
  },
  {
    slug: "code-longest-substring-without-repeats",
    track: "coding",
    level: "junior",
    text: "Given a string s, return the length of the longest substring that contains no repeated characters. For example, \"abcabcbb\" returns 3 (\"abc\"), and \"pwwkew\" returns 3 (\"wke\").",
    tags: ["sliding-window", "strings", "hash-map"],
    difficulty: 3,
    keyPoints: [
      "sliding window with left and right pointers",
      "store the last seen index of each character in a hash map",
      "jump the left pointer past the previous occurrence only if it is inside the window",
      "update the best length at each step",
      "state time complexity O(n) and space O(min(n, alphabet size))",
      "edge cases: empty string, all same characters, all unique",
    ],
    followUps: [
      { text: "Why can the left pointer only move forward, and how does that keep the whole scan linear?", dimension: "approach" },
      { text: "What is the space complexity, and how does the character set affect it?", dimension: "complexity" },
      { text: "Walk me through your code on \"abba\". Where does the left pointer end up after the second a?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Checking all substrings is O(n^2) or worse. Instead I use a sliding window [start, i] that always contains unique characters. I move i forward one character at a time and keep a map from each character to the last index where I saw it. If the current character was last seen inside the window, the window now has a duplicate, so I move start to one past that previous occurrence. Then the window is valid again, and I update the best length.

Code (Python):
\`\`\`python
def length_of_longest_substring(s):
    last_seen = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        if ch in last_seen and last_seen[ch] >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
\`\`\`

The check last_seen[ch] >= start matters. In "abba", when we reach the final "a", its last occurrence at index 0 is outside the current window, which starts at index 2. Without the check, start would jump backwards to 1 and we'd return 3 instead of 2.

Walkthrough for "pwwkew": the window grows to "pw", the second "w" moves start to 2, then it grows to "wke" with length 3, and the final "w" moves start to 3, giving "kew", also 3.

Complexity: Each character is processed once, with O(1) map operations, so O(n) time. Space is O(min(n, m)), where m is the alphabet size, for example 128 for ASCII.

Edge cases: empty string returns 0; "bbbbb" returns 1; all unique characters returns the full length; spaces and symbols count as characters.

Testing: "abcabcbb" returns 3, "bbbbb" returns 1, "pwwkew" returns 3, "abba" returns 2, "" returns 0, and a random comparison against a brute-force version for short strings.`,
  },
  {
    slug: "code-binary-tree-level-order-traversal",
    track: "coding",
    level: "junior",
    text: "Given the root of a binary tree, return its node values level by level, from left to right, as a list of lists. For example, the tree with root 3, children 9 and 20, and 20's children 15 and 7 returns [[3], [9, 20], [15, 7]].",
    tags: ["trees", "bfs", "queue"],
    difficulty: 2,
    keyPoints: [
      "breadth-first search with a queue",
      "process one level at a time using the queue length at the start of the level",
      "append left child before right child to preserve order",
      "return an empty list for an empty tree",
      "state time complexity O(n) and space O(width of the tree)",
      "mention variants such as zigzag order or right side view",
    ],
    followUps: [
      { text: "How would you return the levels in zigzag order, alternating left to right and right to left?", dimension: "approach" },
      { text: "What is the largest your queue gets, and for which shape of tree?", dimension: "complexity" },
      { text: "What does your function return for an empty tree and for a single node?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Level order is exactly breadth-first search. I use a queue starting with the root. The trick for grouping by level is to record how many nodes are in the queue at the start of each iteration; those are precisely the nodes of the current level. I pop that many nodes, collect their values, and enqueue their children, left before right, which form the next level.

Code (Python):
\`\`\`python
from collections import deque

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

def level_order(root):
    if root is None:
        return []
    result = []
    queue = deque([root])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        result.append(level)
    return result
\`\`\`

I use deque because popping from the front of a Python list is O(n), which would make the whole traversal O(n^2) for large trees.

Complexity: Each node is enqueued and dequeued once, so O(n) time. The queue holds at most one level at a time, so space is O(w), where w is the maximum width; for a complete binary tree that's about n / 2, so O(n) in the worst case.

Edge cases: empty tree returns []; a single node returns [[val]]; a skewed tree, like a linked list, returns one value per level; negative or duplicate values don't matter.

Variants: zigzag order reverses every other level; right side view takes the last value of each level; a DFS version passes depth as a parameter and appends to result[depth].

Testing: build the example tree and check [[3], [9, 20], [15, 7]], plus the empty tree, a single node and a left-skewed tree.`,
  },
  {
    slug: "code-product-of-array-except-self",
    track: "coding",
    level: "junior",
    text: "Given an integer array nums, return an array answer where answer[i] is the product of all elements of nums except nums[i]. Do it in O(n) time without using division. For example, [1, 2, 3, 4] returns [24, 12, 8, 6].",
    tags: ["arrays", "prefix-sum"],
    difficulty: 3,
    keyPoints: [
      "answer[i] equals the product of the prefix before i times the suffix after i",
      "first pass left to right stores prefix products",
      "second pass right to left multiplies by a running suffix product",
      "explain why division fails with zeros",
      "state time complexity O(n) and O(1) extra space besides the output",
      "test with one zero, two zeros and negative numbers",
    ],
    followUps: [
      { text: "Why can't you divide the total product by nums[i]? Give me an input where that breaks.", dimension: "problem_understanding" },
      { text: "How do you get to O(1) extra space, not counting the output array?", dimension: "complexity" },
      { text: "What does your code return for [0, 4, 0], and why?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: The obvious approach is to compute the total product and divide by nums[i], but division isn't allowed, and it breaks when the array contains zeros. Instead, notice that answer[i] is the product of everything to the left of i times the product of everything to the right of i.

So I make two passes. Left to right, I store in answer[i] the product of all elements before i, using a running prefix variable. Then right to left, I keep a running suffix product and multiply answer[i] by it. After both passes, answer[i] holds prefix times suffix.

Code (Python):
\`\`\`python
def product_except_self(nums):
    n = len(nums)
    answer = [1] * n
    prefix = 1
    for i in range(n):
        answer[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= suffix
        suffix *= nums[i]
    return answer
\`\`\`

Walkthrough for [1, 2, 3, 4]: after the first pass, answer is [1, 1, 2, 6], the prefix products. In the second pass, suffix goes 1, 4, 12, 24, so answer becomes [24, 12, 8, 6].

Complexity: Two linear passes, so O(n) time. Apart from the output array, which is usually not counted, only two variables are used, so O(1) extra space.

Edge cases:
- One zero, like [1, 2, 0, 4]: only the zero's position has a nonzero product, 8; the rest are 0. The algorithm handles this naturally.
- Two zeros: every answer is 0.
- Negative numbers: signs work out through multiplication.
- Very large products could overflow in fixed-width languages; Python integers don't overflow, but in Java I'd ask about the value range.
- Arrays of length 1 would return [1], though the problem usually guarantees at least two elements.

Testing: the example, [1, 2, 0, 4] returns [0, 0, 8, 0], [0, 0, 1] returns [0, 0, 0], and [-1, 1, 0, -3, 3] returns [0, 0, 9, 0, 0].`,
  },
  {
    slug: "code-maximum-subarray-sum",
    track: "coding",
    level: "junior",
    text: "Given an integer array nums, find the contiguous subarray with the largest sum and return that sum. For example, [-2, 1, -3, 4, -1, 2, 1, -5, 4] returns 6, from the subarray [4, -1, 2, 1].",
    tags: ["dynamic-programming", "arrays"],
    difficulty: 2,
    keyPoints: [
      "Kadane's algorithm: best sum of a subarray ending at each index",
      "current equals max(x, current + x): extend or start fresh",
      "track the global maximum separately",
      "initialize with the first element to handle all-negative arrays",
      "state time complexity O(n) and space O(1)",
      "mention returning indices and the divide and conquer alternative",
    ],
    followUps: [
      { text: "How would you also return the start and end indices of the best subarray?", dimension: "approach" },
      { text: "How does Kadane's algorithm compare with the divide-and-conquer solution in time and space?", dimension: "complexity" },
      { text: "What does your code return for [-3, -1, -2]? Walk me through how you initialize it.", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Checking every subarray is O(n^2). Kadane's algorithm does it in one pass with a dynamic programming idea: let current be the best sum of a subarray that ends exactly at the current index. For each new element x, that best subarray either extends the previous one or starts fresh at x, whichever is larger: current = max(x, current + x). If the running sum so far is negative, it only drags x down, so we restart. The answer is the maximum current value seen anywhere.

Code (Python):
\`\`\`python
def max_subarray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
\`\`\`

Walkthrough for the example: current goes -2, 1, -2, 4, 3, 5, 6, 1, 5. The best is 6, reached after adding the 1 at index 6.

Initialization matters: starting best at 0 would be wrong for an all-negative array like [-3, -1, -2], where the correct answer is -1, the single largest element, assuming the subarray must be non-empty. Starting with nums[0] handles this.

Complexity: O(n) time, one pass, and O(1) space.

Edge cases: all negative numbers; a single element; all positive numbers, where the answer is the whole array; zeros; an empty array, which isn't valid input, so I'd ask whether to raise an error or return 0.

Extensions: to return the subarray itself, track a candidate start index that resets when we restart, and record start and end whenever best improves. There's also an O(n log n) divide-and-conquer solution, useful as a follow-up discussion, but Kadane's is simpler and faster.

Testing: the example returns 6, [1] returns 1, [-3, -1, -2] returns -1, [5, 4, -1, 7, 8] returns 23, and a random comparison against a brute-force O(n^2) version for small arrays.`,
  },
  {
    slug: "code-detect-cycle-in-linked-list",
    track: "coding",
    level: "junior",
    text: "Given the head of a singly linked list, determine whether the list contains a cycle, meaning some node's next pointer points back to an earlier node. Use O(1) extra memory. As a follow-up, return the node where the cycle begins.",
    tags: ["linked-list", "two-pointers"],
    difficulty: 2,
    keyPoints: [
      "hash set of visited nodes works but uses O(n) space",
      "Floyd's tortoise and hare: slow moves one step, fast moves two",
      "if they meet there is a cycle; if fast reaches None there is none",
      "compare nodes by identity, not by value",
      "cycle start: reset one pointer to head and move both one step until they meet",
      "state time complexity O(n) and space O(1)",
    ],
    followUps: [
      { text: "Why do you compare nodes by identity rather than by their values?", dimension: "problem_understanding" },
      { text: "Why must the fast pointer meet the slow one when there is a cycle, rather than skip past it?", dimension: "approach" },
      { text: "What does the hash-set solution cost compared with Floyd's, and when might you still use it?", dimension: "complexity" },
      { text: "What does your loop do on a single node whose next pointer points to itself?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: A simple solution stores visited nodes in a hash set and reports a cycle when a node repeats, but that uses O(n) space. For O(1) space, I use Floyd's tortoise and hare. A slow pointer moves one step at a time and a fast pointer moves two. If there's no cycle, fast reaches the end. If there is a cycle, both pointers eventually enter it, and since fast gains one step per iteration on slow, it must land on slow exactly rather than skipping over it.

Follow-up, finding the cycle start: when they meet, reset one pointer to the head and move both one step at a time. They meet at the start of the cycle. The reason: if the distance from head to the cycle start is a, and the meeting point is b steps into a cycle of length L, then 2(a + b) = a + b + kL, so a = kL - b, meaning walking a steps from the meeting point lands exactly on the cycle start.

Code (Python):
\`\`\`python
def detect_cycle_start(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow = slow.next
                fast = fast.next
            return slow
    return None

def has_cycle(head):
    return detect_cycle_start(head) is not None
\`\`\`

I compare with "is" because nodes with equal values are still different nodes.

Complexity: O(n) time, since slow travels at most about n steps before meeting, and O(1) extra space.

Edge cases: empty list and a single node without a cycle return None; a single node pointing to itself is a cycle starting at the head; a cycle covering the entire list; a cycle starting at the last node.

Testing: build lists with a helper that connects the tail to a given index, check each case, including no cycle, and verify the returned node is the expected object.`,
  },

  // ---------------------------------------------------------------- mid
  {
    slug: "code-lru-cache",
    track: "coding",
    level: "mid",
    text: "Design and implement an LRU (least recently used) cache class with a fixed capacity, supporting get(key), which returns the value or -1, and put(key, value). Both operations must run in O(1) average time. When the cache is full, put evicts the least recently used key.",
    tags: ["design", "hash-map", "linked-list"],
    difficulty: 3,
    keyPoints: [
      "combine a hash map from key to node with a doubly linked list ordered by recency",
      "get moves the accessed node to the front",
      "put updates or inserts at the front and evicts from the tail when over capacity",
      "sentinel head and tail nodes simplify edge cases",
      "store the key in the node so eviction can delete it from the map",
      "state O(1) time per operation and O(capacity) space; mention OrderedDict and thread safety",
    ],
    followUps: [
      { text: "Why a doubly linked list rather than a singly linked one?", dimension: "approach" },
      { text: "What is the complexity of each operation, and where does each O(1) come from?", dimension: "complexity" },
      { text: "What does your put do when the key already exists? Walk me through the pointer updates.", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: I need O(1) lookup by key and O(1) updates to a recency order. A hash map gives lookup; a doubly linked list gives O(1) removal and insertion anywhere when I have a node reference. So the map stores key to node, and the list is ordered from most recently used at the front to least recently used at the back. Sentinel head and tail nodes avoid special cases for empty lists. Each node stores its key, so when I evict the tail node I can also delete it from the map.

Code (Python):
\`\`\`python
class Node:
    def __init__(self, key=0, val=0):
        self.key, self.val = key, val
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _remove(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _add_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return -1
        self._remove(node)
        self._add_front(node)
        return node.val

    def put(self, key, value):
        if key in self.map:
            self._remove(self.map[key])
        node = Node(key, value)
        self.map[key] = node
        self._add_front(node)
        if len(self.map) > self.cap:
            lru = self.tail.prev
            self._remove(lru)
            del self.map[lru.key]
\`\`\`

Complexity: get and put are O(1) average time; space is O(capacity).

In production Python, collections.OrderedDict with move_to_end and popitem(last=False) does the same in a few lines, but interviewers usually want the underlying structure.

Edge cases: updating an existing key must refresh recency without growing the size; capacity 1; capacity 0, where put immediately evicts; get on a missing key.

Testing: capacity 2, put(1,1), put(2,2), get(1) returns 1, put(3,3) evicts key 2, get(2) returns -1. For concurrent use I'd wrap operations in a lock.`,
  },
  {
    slug: "code-shortest-path-in-grid-with-obstacles",
    track: "coding",
    level: "mid",
    text: "Given an m x n grid where 0 is an open cell and 1 is a wall, return the minimum number of moves to go from the top-left cell to the bottom-right cell, moving up, down, left or right. Return -1 if it is impossible. For example, [[0, 0, 0], [1, 1, 0], [0, 0, 0]] returns 4.",
    tags: ["graphs", "bfs", "shortest-path", "matrix"],
    difficulty: 3,
    keyPoints: [
      "BFS finds shortest paths in an unweighted graph; DFS does not",
      "queue stores the cell and its distance",
      "mark cells visited when enqueued to avoid duplicates",
      "check bounds and walls for each of the four neighbors",
      "return -1 if start or end is blocked or unreachable",
      "state time and space complexity O(m x n); mention A* or Dijkstra for weighted variants",
    ],
    followUps: [
      { text: "What should you return if the start or end cell is a wall, or the grid is 1 by 1?", dimension: "problem_understanding" },
      { text: "Why does BFS find the shortest path here while DFS does not?", dimension: "approach" },
      { text: "If entering some cells cost more than others, which algorithm would you switch to, and what would its complexity be?", dimension: "complexity" },
      { text: "Why mark a cell visited when you enqueue it rather than when you dequeue it? What goes wrong otherwise?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Each open cell is a node with edges to its open neighbors, all with equal cost. In an unweighted graph, breadth-first search explores cells in order of distance from the start, so the first time we reach the target, we've found the shortest path. DFS would find a path, but not necessarily the shortest.

I store (row, col, distance) in a queue and keep a visited set. I mark a cell visited when I enqueue it, not when I dequeue it, so a cell is never added twice.

Code (Python):
\`\`\`python
from collections import deque

def shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == 1 or grid[rows - 1][cols - 1] == 1:
        return -1
    queue = deque([(0, 0, 0)])
    visited = {(0, 0)}
    while queue:
        r, c, dist = queue.popleft()
        if r == rows - 1 and c == cols - 1:
            return dist
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 0 and (nr, nc) not in visited:
                visited.add((nr, nc))
                queue.append((nr, nc, dist + 1))
    return -1
\`\`\`

For the example, the path goes right twice, down twice: 4 moves.

Complexity: Each cell is enqueued at most once and checks four neighbors, so O(m x n) time and O(m x n) space for the visited set and queue.

Edge cases: a 1 x 1 open grid returns 0; start or end is a wall returns -1; the target is enclosed by walls returns -1; a single row or column.

Variants worth mentioning: allowing eight directions just changes the neighbor list; weighted cells need Dijkstra; on very large grids, A* with Manhattan distance as the heuristic explores fewer cells; bidirectional BFS also helps.

Testing: the example returns 4, [[0]] returns 0, [[0, 1], [1, 0]] returns -1, and a larger maze compared against a hand-computed answer.`,
  },
  {
    slug: "code-course-schedule-cycle-detection",
    track: "coding",
    level: "mid",
    text: "There are numCourses courses labeled 0 to numCourses - 1, and a list of prerequisite pairs [a, b] meaning you must take course b before course a. Return true if it is possible to finish all courses. For example, numCourses = 2 with [[1, 0]] returns true, and with [[1, 0], [0, 1]] returns false.",
    tags: ["graphs", "topological-sort", "bfs"],
    difficulty: 4,
    keyPoints: [
      "model courses as a directed graph with an edge from prerequisite to course",
      "finishing is possible exactly when the graph has no cycle",
      "Kahn's algorithm: repeatedly take nodes with indegree zero",
      "if the processed count is less than numCourses there is a cycle",
      "alternative: DFS with three colors to detect back edges",
      "state time complexity O(V + E) and space O(V + E)",
    ],
    followUps: [
      { text: "What should happen with a prerequisite pair like [1, 1], or the same pair listed twice?", dimension: "problem_understanding" },
      { text: "How would you change your solution to return an order in which to take the courses?", dimension: "approach" },
      { text: "What are the time and space complexity in terms of courses and prerequisites?", dimension: "complexity" },
      { text: "In the DFS version, why do you need three states instead of just visited and not visited?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Model it as a directed graph where an edge b -> a means b must come before a. All courses can be finished if and only if the graph has no cycle, in which case a topological order exists.

I'd use Kahn's algorithm. Compute the indegree of each course, the number of prerequisites it has. Courses with indegree zero can be taken right away, so put them in a queue. Repeatedly take a course from the queue, count it as completed, and decrement the indegree of every course that depends on it; any that reach zero join the queue. If a cycle exists, courses in it never reach indegree zero, so the completed count stays below numCourses.

Code (Python):
\`\`\`python
from collections import deque

def can_finish(num_courses, prerequisites):
    graph = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for course, prereq in prerequisites:
        graph[prereq].append(course)
        indegree[course] += 1
    queue = deque(i for i in range(num_courses) if indegree[i] == 0)
    completed = 0
    while queue:
        node = queue.popleft()
        completed += 1
        for nxt in graph[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return completed == num_courses
\`\`\`

A nice property: the order in which nodes leave the queue is a valid course order, which answers the common follow-up of returning the schedule.

Alternative: DFS with three states, unvisited, visiting and done. Reaching a node that's currently "visiting" means a back edge, which is a cycle. It's equally efficient but recursive, so deep graphs could hit recursion limits in Python.

Complexity: building the graph and processing each node and edge once gives O(V + E) time and O(V + E) space.

Edge cases: no prerequisites returns true; a self-loop like [0, 0] is a cycle and returns false; duplicate pairs are handled because indegree counts each edge; disconnected components; courses with no edges at all.

Testing: the two examples, a self-loop, a longer cycle 0 -> 1 -> 2 -> 0 alongside independent courses, and a diamond-shaped dependency graph that should return true.`,
  },
  {
    slug: "code-merge-k-sorted-lists",
    track: "coding",
    level: "mid",
    text: "Given k lists of integers, each sorted in ascending order, merge them into one sorted list. For example, [[1, 4, 5], [1, 3, 4], [2, 6]] returns [1, 1, 2, 3, 4, 4, 5, 6]. Let N be the total number of elements; aim for O(N log k) time.",
    tags: ["heap", "sorting", "arrays"],
    difficulty: 4,
    keyPoints: [
      "naive approaches: concatenate and sort, or merge lists one by one in O(N k)",
      "min-heap holding the current smallest element of each list",
      "store (value, list index, element index) to break ties and find the next element",
      "push the next element from the same list after each pop",
      "state time complexity O(N log k) and heap space O(k)",
      "mention pairwise divide and conquer merging and skipping empty lists",
    ],
    followUps: [
      { text: "How does merging the lists pairwise, divide and conquer, compare with the heap?", dimension: "approach" },
      { text: "Why is merging the lists one by one O(N k), and how does the heap bring it down to O(N log k)?", dimension: "complexity" },
      { text: "Why does your heap entry include the list index, and what would break without it in Python?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Concatenating and sorting costs O(N log N) and ignores the existing order. Merging lists one at a time costs O(N k) in the worst case because early elements get copied repeatedly. Better: at any moment, the next element of the output is the smallest among the current heads of the k lists. A min-heap of size k gives me that smallest head in O(log k).

I push the first element of each non-empty list into the heap as a tuple (value, list index, element index). The list index also breaks ties between equal values, so Python never has to compare anything else. Then I repeatedly pop the smallest, append it to the output, and push the next element from the same list, if any.

Code (Python):
\`\`\`python
import heapq

def merge_k_sorted(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, j = heapq.heappop(heap)
        merged.append(value)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return merged
\`\`\`

Complexity: each of the N elements is pushed and popped once, at O(log k) each, so O(N log k) time. The heap holds at most k entries, so O(k) extra space plus the O(N) output.

Alternative: divide and conquer, merging lists in pairs, then pairs of results, like merge sort. That's also O(N log k), uses no heap, and is easy to parallelize. For linked lists, the same heap approach works but store (node.val, counter, node) so nodes aren't compared.

Edge cases: empty input list returns []; some lists empty, which I filter out; a single list returns a copy; duplicates across lists; k much larger than N, where many lists are empty.

Testing: the example, [] returns [], [[], []] returns [], [[1], [], [0]] returns [0, 1], and a randomized comparison against sorted(concatenation).`,
  },
  {
    slug: "code-coin-change-minimum-coins",
    track: "coding",
    level: "mid",
    text: "Given a list of coin denominations and a target amount, return the fewest coins needed to make that amount, using unlimited coins of each denomination, or -1 if it cannot be made. For example, coins = [1, 2, 5] and amount = 11 returns 3 (5 + 5 + 1), and coins = [2] with amount = 3 returns -1.",
    tags: ["dynamic-programming", "arrays"],
    difficulty: 4,
    keyPoints: [
      "greedy largest-coin-first fails, for example coins [1, 3, 4] with amount 6",
      "define dp[a] as the minimum coins to make amount a",
      "recurrence dp[a] = min over coins of dp[a - c] + 1 with dp[0] = 0",
      "use a sentinel such as amount + 1 for unreachable amounts",
      "state time complexity O(amount x number of coins) and space O(amount)",
      "edge cases: amount 0, no possible combination, coins larger than the amount",
    ],
    followUps: [
      { text: "How would the problem change if each coin could be used only once?", dimension: "problem_understanding" },
      { text: "Give me coins where taking the largest coin first gives the wrong answer, and explain how the DP avoids it.", dimension: "approach" },
      { text: "What are the time and space complexity in terms of the amount and the number of coins?", dimension: "complexity" },
      { text: "How does your code represent amounts that cannot be made, and what does it return for amount 0?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: A greedy strategy of always taking the largest coin fails for some denominations: with coins [1, 3, 4] and amount 6, greedy takes 4 + 1 + 1 for three coins, but 3 + 3 needs only two. So I use dynamic programming.

Let dp[a] be the minimum number of coins that sum to a. The last coin used is some c, so dp[a] = min over coins c <= a of dp[a - c] + 1. The base case is dp[0] = 0. Amounts that can't be formed keep a sentinel value; I use amount + 1, which is larger than any valid answer since the smallest coin is at least 1.

Code (Python):
\`\`\`python
def coin_change(coins, amount):
    unreachable = amount + 1
    dp = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != unreachable else -1
\`\`\`

For the example, dp[5] = 1, dp[10] = 2 and dp[11] = dp[10] + 1 = 3.

Complexity: O(amount x k) time for k denominations, and O(amount) space.

Alternatives: top-down recursion with memoization has the same complexity but risks recursion-depth issues for large amounts. BFS over amounts, where each level adds one coin, also finds the minimum and can stop early.

Edge cases: amount 0 returns 0; no combination possible, like coins [2] and amount 3, returns -1; coins larger than the amount are skipped by the c <= a check; duplicate denominations don't break anything; an empty coin list returns -1 for any positive amount. I'd ask whether coin values are guaranteed positive, since a zero coin would be meaningless.

Testing: [1, 2, 5] with 11 returns 3, [2] with 3 returns -1, [1] with 0 returns 0, [1, 3, 4] with 6 returns 2, which specifically catches a greedy bug, and a larger amount like 10,000 to check performance.`,
  },
  {
    slug: "code-sliding-window-rate-limiter-class",
    track: "coding",
    level: "mid",
    text: "Implement a RateLimiter class constructed with max_requests and window_seconds, with a method allow(client_id, timestamp) that returns true if the request is allowed. A client may make at most max_requests allowed requests in any window of window_seconds. For example, with 3 requests per 10 seconds, requests at t = 1, 2, 3 are allowed, t = 4 is rejected, and t = 11 is allowed.",
    tags: ["design", "queue", "sliding-window"],
    difficulty: 3,
    keyPoints: [
      "sliding window log: a deque of allowed timestamps per client",
      "evict timestamps older than timestamp minus window before counting",
      "only record allowed requests, not rejected ones",
      "state time complexity amortized O(1) per call and O(max_requests) memory per client",
      "compare with fixed window counters and token bucket trade-offs",
      "discuss thread safety, idle client cleanup and distributed state",
    ],
    followUps: [
      { text: "Is a request at exactly t = 11 inside the window that started at t = 1? How did you decide?", dimension: "problem_understanding" },
      { text: "How would this compare with a token bucket for a client that sends bursts?", dimension: "approach" },
      { text: "What is the memory per client, and what happens to memory with a million clients who stop calling?", dimension: "complexity" },
      { text: "Why do you record only allowed requests, and what goes wrong if you record rejected ones too?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: I'll implement a sliding window log. For each client I keep a deque of timestamps of allowed requests, in increasing order. On each call, I first drop timestamps that are outside the window, meaning less than or equal to timestamp - window_seconds. If fewer than max_requests remain, the request is allowed and I record it; otherwise it's rejected. Rejected requests aren't recorded, so a client hammering the API doesn't extend its own ban.

Code (Python):
\`\`\`python
from collections import defaultdict, deque

class RateLimiter:
    def __init__(self, max_requests, window_seconds):
        self.max_requests = max_requests
        self.window = window_seconds
        self.log = defaultdict(deque)

    def allow(self, client_id, timestamp):
        q = self.log[client_id]
        while q and q[0] <= timestamp - self.window:
            q.popleft()
        if len(q) < self.max_requests:
            q.append(timestamp)
            return True
        return False
\`\`\`

With the example: t = 1, 2, 3 are allowed; at t = 4 the deque holds three timestamps, so it's rejected; at t = 11, timestamp 1 is evicted because 1 <= 11 - 10, leaving two, so it's allowed.

Complexity: each timestamp is appended and removed at most once, so allow is amortized O(1). Memory is O(max_requests) per active client.

Trade-offs: the log is exact but memory grows with the limit. A fixed window counter uses O(1) memory per client but allows up to double the limit around window boundaries. A token bucket also uses O(1) memory and allows controlled bursts; for a limit like 10,000 requests per hour, I'd prefer it.

Production concerns: wrap allow in a lock if called from multiple threads; periodically delete clients with empty deques to avoid unbounded memory; assume timestamps are non-decreasing, or use a monotonic clock; across multiple servers, state must move to a shared store like Redis with atomic operations.

Testing: the example sequence, separate clients not affecting each other, a burst exactly at the limit, and requests exactly on the window boundary.`,
  },
  {
    slug: "code-subarray-sum-equals-k",
    track: "coding",
    level: "mid",
    text: "Given an integer array nums, which may contain negative numbers, and an integer k, return the number of contiguous subarrays whose sum equals k. For example, nums = [1, 1, 1] with k = 2 returns 2, and nums = [1, 2, 3] with k = 3 returns 2.",
    tags: ["prefix-sum", "hash-map", "arrays"],
    difficulty: 4,
    keyPoints: [
      "brute force over all subarrays is O(n^2)",
      "a subarray sum equals prefix[j] minus prefix[i]",
      "hash map counting how often each prefix sum has occurred",
      "initialize the map with prefix sum 0 seen once",
      "explain why a sliding window fails with negative numbers",
      "state time complexity O(n) and space O(n)",
    ],
    followUps: [
      { text: "Why does a sliding window fail here, when it works for arrays of positive numbers?", dimension: "approach" },
      { text: "What are the time and space complexity, and where does the extra space go?", dimension: "complexity" },
      { text: "Why do you start the map with prefix sum 0 seen once? Give me an input that fails without it.", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: The brute force computes the sum of every subarray, O(n^2) with running sums. A sliding window doesn't work here because negative numbers mean that growing the window can decrease the sum, so there's no monotonic rule for moving the pointers.

The key idea is prefix sums. Let prefix be the sum of elements up to the current index. The sum of a subarray from i + 1 to j equals prefix[j] - prefix[i]. So the subarrays ending at j with sum k correspond exactly to earlier prefix sums equal to prefix[j] - k. If I keep a hash map counting how many times each prefix sum has appeared so far, I can add that count at every step in O(1).

The map starts with {0: 1}, representing the empty prefix, so subarrays that start at index 0 are counted.

Code (Python):
\`\`\`python
def subarray_sum(nums, k):
    count = 0
    prefix = 0
    seen = {0: 1}
    for x in nums:
        prefix += x
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
\`\`\`

Walkthrough for [1, 2, 3] with k = 3: prefixes are 1, 3, 6. At prefix 3, we look for 0, found once, giving [1, 2]. At prefix 6, we look for 3, found once, giving [3]. Total 2.

Order matters: I look up before inserting the current prefix, otherwise with k = 0 every position would count an empty subarray.

Complexity: one pass with O(1) average hash operations, so O(n) time, and up to n distinct prefix sums, so O(n) space.

Edge cases: negative numbers, like [1, -1, 0] with k = 0, which returns 3; k = 0; a single element equal to k; no valid subarrays returns 0; large values, where fixed-width languages might need 64-bit sums.

Testing: both examples, [1, -1, 0] with k = 0, [3] with k = 3, and a randomized comparison with the brute-force version on small arrays with negative numbers.`,
  },
  {
    slug: "code-validate-binary-search-tree",
    track: "coding",
    level: "mid",
    text: "Given the root of a binary tree, determine whether it is a valid binary search tree: every node's left subtree contains only values strictly less than the node, and its right subtree only values strictly greater. For example, a root 5 with left child 1 and right child 4, where 4 has children 3 and 6, is not valid.",
    tags: ["trees", "dfs", "recursion"],
    difficulty: 3,
    keyPoints: [
      "checking only the immediate children is a common bug",
      "pass down lower and upper bounds for each subtree",
      "left subtree gets the upper bound node.val; right subtree gets the lower bound node.val",
      "alternative: in-order traversal must be strictly increasing",
      "state time complexity O(n) and space O(h) for tree height h",
      "handle duplicates, integer extremes and deep skewed trees",
    ],
    followUps: [
      { text: "Why is checking each node against its two children not enough? Show me an example that breaks it.", dimension: "problem_understanding" },
      { text: "How would the in-order traversal version work, and how would you stop early?", dimension: "approach" },
      { text: "What is the space complexity on a completely skewed tree, and how would you avoid running out of stack?", dimension: "complexity" },
      { text: "How does your code handle node values equal to the smallest or largest integer?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: A common mistake is checking only that each node's left child is smaller and right child is larger. That misses cases where a deeper node violates an ancestor, for example a node 6 in the left subtree of a root 5, or in the example, 4 appearing in 5's right subtree.

The correct approach passes bounds down the tree. Each node must lie strictly between a lower and an upper bound. The root has no bounds. Going left, the upper bound becomes the current node's value; going right, the lower bound becomes the current node's value. If any node falls outside its bounds, the tree is invalid.

Code (Python):
\`\`\`python
def is_valid_bst(root):
    stack = [(root, float("-inf"), float("inf"))]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not (low < node.val < high):
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
\`\`\`

I wrote it iteratively with an explicit stack so a degenerate tree shaped like a linked list, say 100,000 nodes deep, doesn't hit Python's recursion limit. The recursive version is equally correct and shorter.

For the example: node 4 is in the right subtree of 5, so its bounds are (5, infinity), and 4 is not greater than 5, so we return false.

Alternative: an in-order traversal of a BST visits values in strictly increasing order, so I can traverse and compare each value with the previous one. Same complexity.

Complexity: each node is visited once, O(n) time; space is O(h) for the stack, where h is the height, O(log n) if balanced and O(n) if skewed.

Edge cases: empty tree is valid; a single node is valid; duplicates are invalid with strict inequalities, though I'd confirm the definition; values at integer extremes are fine because I use infinities as initial bounds rather than sentinel integers.

Testing: the example returns false; 2 with children 1 and 3 returns true; 5 with left child 4 whose right child is 6 returns false; and a tree with a duplicate value returns false.`,
  },

  // ---------------------------------------------------------------- senior
  {
    slug: "code-serialize-and-deserialize-binary-tree",
    track: "coding",
    level: "senior",
    text: "Design two functions: serialize, which converts a binary tree of integers to a string, and deserialize, which rebuilds exactly the same tree from that string. For example, the tree with root 1, left child 2, and right child 3 whose children are 4 and 5 must survive a round trip unchanged. Explain your format choices.",
    tags: ["trees", "design", "dfs"],
    difficulty: 4,
    keyPoints: [
      "preorder traversal with explicit null markers makes the tree unambiguous",
      "use a delimiter such as commas and a null token such as #",
      "deserialize by consuming tokens with an iterator in the same preorder",
      "state time and space complexity O(n)",
      "handle negative numbers, an empty tree and skewed trees with recursion limits",
      "discuss format trade-offs: level order, compactness, versioning, validation of untrusted input",
    ],
    followUps: [
      { text: "Why do you need null markers in preorder, and could you drop them for a binary search tree?", dimension: "approach" },
      { text: "How long is the serialized string for a tree of n nodes, and how could you make it shorter?", dimension: "complexity" },
      { text: "How does your deserializer handle a malformed or truncated string from an untrusted source?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: A single traversal order isn't enough to rebuild a tree, because different shapes can produce the same sequence. Including explicit null markers fixes this: a preorder traversal that records "#" for every missing child uniquely determines the tree. I'll use commas as delimiters so multi-digit and negative values parse cleanly.

For the example, serialize produces "1,2,#,#,3,4,#,#,5,#,#".

Deserialize reads tokens in the same preorder: take the next token; if it's "#", return None; otherwise create the node, then build its left subtree, then its right subtree. Using an iterator means each token is consumed exactly once.

Code (Python):
\`\`\`python
class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right

def serialize(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is None:
            out.append("#")
            continue
        out.append(str(node.val))
        stack.append(node.right)
        stack.append(node.left)
    return ",".join(out)

def deserialize(data):
    tokens = iter(data.split(","))
    def build():
        tok = next(tokens)
        if tok == "#":
            return None
        node = TreeNode(int(tok))
        node.left = build()
        node.right = build()
        return node
    return build()
\`\`\`

Serialize is iterative; deserialize is recursive for clarity, but for very deep, skewed trees I'd convert it to an explicit stack too, since Python's default recursion limit is about 1,000.

Complexity: both are O(n) time and O(n) space; the string has n values plus n + 1 null markers.

Format trade-offs: level-order with trailing nulls trimmed is more readable for balanced trees; a binary format is more compact; for production storage I'd add a version prefix so the format can evolve. If the input is untrusted, deserialize must validate: reject non-integer tokens, extra trailing tokens and truncated input instead of crashing.

Testing: round-trip the example, an empty tree ("#"), a single node, negative values, a 10,000-node skewed tree, and random trees, checking structural equality after serialize then deserialize.`,
  },
  {
    slug: "code-find-median-from-data-stream",
    track: "coding",
    level: "senior",
    text: "Design a class that receives integers from a stream through add_num(num) and can return the median of all numbers seen so far through find_median(). For example, after adding 1 and 2 the median is 1.5, and after adding 3 it is 2. Optimize for many interleaved calls.",
    tags: ["heap", "design"],
    difficulty: 5,
    keyPoints: [
      "two heaps: a max-heap for the lower half and a min-heap for the upper half",
      "keep sizes balanced so the lower half has equal or one more element",
      "every element in the lower heap is at most every element in the upper heap",
      "state add_num O(log n) and find_median O(1)",
      "discuss alternatives: sorted list insertion O(n), counting buckets for bounded ranges",
      "follow-ups: sliding window median, approximate quantiles for huge streams",
    ],
    followUps: [
      { text: "If every number is an integer between 0 and 100, how would you solve it differently?", dimension: "problem_understanding" },
      { text: "Why two heaps? Walk me through how you rebalance after adding a number.", dimension: "approach" },
      { text: "If 99% of calls were find_median and numbers arrived rarely, would you change the design?", dimension: "complexity" },
      { text: "What does find_median return before any number has been added, and how does your code handle it?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: The median only depends on the middle of the sorted order, so I split the numbers into two halves: a max-heap "low" holding the smaller half and a min-heap "high" holding the larger half. Two invariants: every number in low is at most every number in high, and low has either the same number of elements as high or one more. Then the median is the top of low when the total is odd, or the average of both tops when it's even.

To insert while keeping the invariants, I push the new number into low, then move low's largest to high, which guarantees ordering. If high becomes larger than low, I move high's smallest back. Python only has a min-heap, so low stores negated values.

Code (Python):
\`\`\`python
import heapq

class MedianFinder:
    def __init__(self):
        self.low = []   # max-heap of the smaller half, stored negated
        self.high = []  # min-heap of the larger half

    def add_num(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self):
        if not self.low:
            raise ValueError("no numbers added")
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
\`\`\`

Complexity: add_num does a constant number of heap operations, O(log n); find_median is O(1). Space is O(n).

Alternatives: inserting into a sorted list with bisect is O(n) per insert due to shifting. If values are bounded, say 0 to 100, counting buckets give O(1) inserts and O(100) median lookups.

Follow-ups: for a sliding-window median, use the same two heaps with lazy deletion, tracking elements to remove in a hash map and discarding them when they reach a heap top. For streams too large to store, such as latency percentiles across billions of requests, use an approximate quantile sketch like t-digest, trading exactness for bounded memory and mergeability across servers.

Testing: 1, 2 then 3 gives 1.5 then 2; duplicates; negative numbers; descending input; and random sequences checked against sorting.`,
  },
  {
    slug: "code-network-delay-dijkstra",
    track: "coding",
    level: "senior",
    text: "You are given a network of n nodes labeled 1 to n and a list of directed edges times[i] = [u, v, w], meaning a signal takes w time units to travel from u to v, with w >= 0. A signal is sent from node k. Return the time it takes for all nodes to receive it, or -1 if some node is unreachable. For example, times = [[2, 1, 1], [2, 3, 1], [3, 4, 1]], n = 4, k = 2 returns 2.",
    tags: ["graphs", "shortest-path", "heap"],
    difficulty: 4,
    keyPoints: [
      "single-source shortest paths with non-negative weights calls for Dijkstra",
      "adjacency list and a min-heap keyed by distance",
      "skip stale heap entries for already-finalized nodes",
      "answer is the maximum shortest distance; -1 if any node is unreachable",
      "state time complexity O(E log V) and space O(V + E)",
      "explain why BFS fails with weights and when Bellman-Ford is needed",
    ],
    followUps: [
      { text: "What should your function return when n is 1, and when node k has no outgoing edges?", dimension: "problem_understanding" },
      { text: "Why does plain BFS give wrong answers here, and when would you need Bellman-Ford instead?", dimension: "approach" },
      { text: "What is the complexity with a binary heap, and when would a simple O(V^2) version be faster?", dimension: "complexity" },
      { text: "How do you handle stale entries in the heap, and what goes wrong if you don't skip them?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: The time for all nodes to receive the signal is the largest of the shortest-path distances from k. With non-negative weights, Dijkstra's algorithm computes those distances. Plain BFS would be wrong because it counts edges, not weights; a path with more edges can be faster.

I build an adjacency list, then run Dijkstra with a min-heap of (distance, node). When I pop a node for the first time, its distance is final, because any other path would go through nodes with larger or equal distances. Later pops of the same node are stale entries and are skipped; this "lazy deletion" replaces the decrease-key operation that Python's heapq doesn't support.

Code (Python):
\`\`\`python
import heapq
from collections import defaultdict

def network_delay_time(times, n, k):
    graph = defaultdict(list)
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
    return max(dist.values()) if len(dist) == n else -1
\`\`\`

For the example: node 2 at 0, nodes 1 and 3 at 1, node 4 at 2, so the answer is 2.

Complexity: each edge can push one heap entry, so O(E log E), which is O(E log V), time, and O(V + E) space.

Correctness conditions: Dijkstra requires non-negative weights. With negative weights, I'd use Bellman-Ford, O(V x E), which also detects negative cycles. For dense graphs with V around 1,000 and V^2 edges, an O(V^2) array-based Dijkstra without a heap can be faster.

Edge cases: unreachable nodes return -1; n = 1 returns 0; parallel edges with different weights, where the smaller wins automatically; zero-weight edges; cycles; nodes with no outgoing edges.

Testing: the example, a graph where the direct edge is slower than a two-hop path, a disconnected node, parallel edges, and random graphs compared against Bellman-Ford.`,
  },
  {
    slug: "code-trapping-rain-water",
    track: "coding",
    level: "senior",
    text: "Given n non-negative integers representing an elevation map where each bar has width 1, compute how much rainwater can be trapped after raining. For example, [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1] returns 6. Aim for O(n) time and O(1) extra space.",
    tags: ["two-pointers", "arrays", "dynamic-programming"],
    difficulty: 4,
    keyPoints: [
      "water above bar i equals min(max left, max right) minus height[i]",
      "prefix and suffix maximum arrays give O(n) time and O(n) space",
      "two pointers move the side with the smaller max for O(1) space",
      "explain why the smaller side's bound is already determined",
      "state time complexity O(n) and space O(1)",
      "edge cases: fewer than three bars, monotonic heights, plateaus",
    ],
    followUps: [
      { text: "In the two-pointer version, why is it safe to move the pointer on the side with the smaller maximum?", dimension: "approach" },
      { text: "How does the prefix and suffix maximum solution compare with two pointers in time and space?", dimension: "complexity" },
      { text: "What does your code return for [3, 0, 3] and for a strictly increasing array?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Water above bar i is limited by the tallest bar on its left and the tallest on its right: water[i] = min(left_max[i], right_max[i]) - height[i]. The straightforward O(n) solution precomputes left_max and right_max arrays in two passes, using O(n) space.

To get O(1) space, I use two pointers, left and right, plus the maximum seen from each side. At each step, I move the pointer on the side whose current height is smaller. Why is that safe? If height[left] < height[right], then there's a bar on the right at least as tall as height[left], so the water at left is bounded by left_max, not by anything on the right. I can settle position left using left_max alone. Symmetrically for the right side.

Code (Python):
\`\`\`python
def trap(height):
    left, right = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if height[left] < height[right]:
            left_max = max(left_max, height[left])
            water += left_max - height[left]
            left += 1
        else:
            right_max = max(right_max, height[right])
            water += right_max - height[right]
            right -= 1
    return water
\`\`\`

Updating the max before adding water means a bar that's a new maximum contributes zero, so the result never goes negative.

Complexity: each index is processed once, O(n) time, with O(1) extra space.

Another valid approach uses a monotonic stack that computes water in horizontal layers; it's also O(n) but uses O(n) space. I'd pick two pointers for its simplicity.

Edge cases: empty input or fewer than three bars returns 0; strictly increasing or decreasing heights trap nothing; plateaus, like [3, 0, 0, 3], trap 6; equal heights on both sides; very tall single bars.

Testing: the example returns 6, [4, 2, 0, 3, 2, 5] returns 9, [] returns 0, [1, 2, 3] returns 0, and a randomized comparison against the prefix and suffix max version.`,
  },
  {
    slug: "code-edit-distance",
    track: "coding",
    level: "senior",
    text: "Given two strings a and b, return the minimum number of single-character insertions, deletions or substitutions needed to turn a into b. For example, a = \"horse\" and b = \"ros\" returns 3. Explain the recurrence and optimize the memory.",
    tags: ["dynamic-programming", "strings"],
    difficulty: 5,
    keyPoints: [
      "define dp[i][j] as the distance between the first i characters of a and first j of b",
      "base cases: dp[i][0] = i and dp[0][j] = j",
      "if characters match take dp[i-1][j-1], otherwise 1 plus min of delete, insert, substitute",
      "state time complexity O(m x n)",
      "reduce space to O(min(m, n)) with two rows",
      "discuss reconstructing the operations and real uses such as spell checking or diffs",
    ],
    followUps: [
      { text: "When the characters differ, what does each of the three options in your recurrence correspond to?", dimension: "approach" },
      { text: "How do you reduce the memory to two rows, and which string should index the columns?", dimension: "complexity" },
      { text: "How would you reconstruct the actual list of edits, not just their count?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Define dp[i][j] as the minimum edits to turn the first i characters of a into the first j characters of b. Base cases: turning i characters into an empty string takes i deletions, so dp[i][0] = i; building j characters from nothing takes j insertions, so dp[0][j] = j.

For the transition, look at the last characters a[i-1] and b[j-1]. If they're equal, no edit is needed: dp[i][j] = dp[i-1][j-1]. Otherwise, we take 1 plus the best of three options:
- delete a[i-1]: dp[i-1][j]
- insert b[j-1]: dp[i][j-1]
- substitute a[i-1] with b[j-1]: dp[i-1][j-1]

Each row only depends on the previous row, so I keep two rows, giving O(n) space. Swapping the strings so b is the shorter one makes it O(min(m, n)).

Code (Python):
\`\`\`python
def edit_distance(a, b):
    if len(b) > len(a):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        curr = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                curr[j] = prev[j - 1]
            else:
                curr[j] = 1 + min(prev[j], curr[j - 1], prev[j - 1])
        prev = curr
    return prev[len(b)]
\`\`\`

Swapping is safe because edit distance is symmetric: insertions and deletions swap roles.

For "horse" to "ros": replace h with r, delete r, delete e, which is 3.

Complexity: O(m x n) time and O(min(m, n)) space.

Follow-ups: to return the actual operations, keep the full table and backtrack from dp[m][n], which needs O(m x n) memory, or use Hirschberg's algorithm for linear space. If we only care whether the distance is at most a small d, we can compute just a diagonal band, O(d x n). Applications include spell checkers, fuzzy search and DNA alignment.

Edge cases: either string empty returns the other's length; identical strings return 0; completely different strings of equal length return the length.

Testing: "horse"/"ros" gives 3, "intention"/"execution" gives 5, ""/"abc" gives 3, "abc"/"abc" gives 0, and random pairs against a memoized recursive version.`,
  },
  {
    slug: "code-time-based-key-value-store",
    track: "coding",
    level: "senior",
    text: "Design a time-based key-value store with set(key, value, timestamp) and get(key, timestamp), where get returns the value set for key at the largest timestamp less than or equal to the given timestamp, or an empty string if none exists. Timestamps passed to set for the same key are strictly increasing. For example, after set(\"foo\", \"bar\", 1), get(\"foo\", 3) returns \"bar\", and after set(\"foo\", \"bar2\", 4), get(\"foo\", 4) returns \"bar2\".",
    tags: ["design", "binary-search", "hash-map"],
    difficulty: 4,
    keyPoints: [
      "hash map from key to an append-only list of (timestamp, value)",
      "increasing timestamps keep each list sorted so set is O(1)",
      "get uses binary search such as bisect_right for the floor timestamp",
      "state set O(1) and get O(log n) per key",
      "discuss out-of-order writes, memory growth and retention or compaction",
      "production concerns: concurrency, persistence and sharding by key",
    ],
    followUps: [
      { text: "What changes if set calls for the same key could arrive out of timestamp order?", dimension: "problem_understanding" },
      { text: "Why binary search for the floor timestamp, and which bisect variant do you use?", dimension: "approach" },
      { text: "Memory grows forever as values are set. How would you bound it, and what would get return afterwards?", dimension: "complexity" },
      { text: "What does your get return for a timestamp before the first set, and how would you test it?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Store, for each key, the history of values in timestamp order. Because timestamps for a key are strictly increasing, appending keeps the list sorted, so set is O(1). For get, I need the floor: the last entry with timestamp <= t. Binary search finds it in O(log n). With bisect_right on the timestamp list, the index returned is the first timestamp greater than t, so the answer is the entry just before it.

I keep timestamps and values in parallel lists so bisect works on plain integers.

Code (Python):
\`\`\`python
import bisect

class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        if key not in self.times:
            self.times[key], self.values[key] = [], []
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key, timestamp):
        ts = self.times.get(key)
        if not ts:
            return ""
        i = bisect.bisect_right(ts, timestamp)
        return self.values[key][i - 1] if i > 0 else ""
\`\`\`

I deliberately avoid defaultdict lookups in get, because reading a missing key would create empty entries and leak memory under read-heavy traffic.

Complexity: set is O(1) amortized; get is O(log h) for h versions of a key. Space is O(total sets).

Senior-level extensions:
- Out-of-order writes: the strictly increasing guarantee may not hold with distributed writers. Then I'd use a sorted container or a balanced tree per key, O(log h) inserts, or buffer and sort.
- Memory growth: histories grow forever, so add a retention policy, such as keeping versions from the last 7 days or the last N versions, and compact older ones.
- Concurrency: a lock per key, or a read-write lock, since appends and binary searches on the same list can race.
- Persistence and scale: an LSM-tree store keyed by (key, timestamp) supports this naturally; shard by key hash across nodes. This is essentially multi-version concurrency control.

Edge cases: get before the first timestamp returns ""; unknown key returns ""; exact timestamp matches; timestamps far in the future return the latest value.

Testing: the example sequence, plus get("foo", 0), an unknown key, and many versions checked against a linear scan.`,
  },
  {
    slug: "code-sliding-window-maximum",
    track: "coding",
    level: "senior",
    text: "Given an integer array nums and a window size k, return the maximum value in each window of k consecutive elements as the window slides from left to right. For example, nums = [1, 3, -1, -3, 5, 3, 6, 7] with k = 3 returns [3, 3, 5, 5, 6, 7]. Aim for O(n) time.",
    tags: ["sliding-window", "queue", "arrays"],
    difficulty: 5,
    keyPoints: [
      "brute force is O(n x k); a heap gives O(n log n)",
      "monotonic deque of indices with decreasing values",
      "pop smaller values from the back before pushing the new index",
      "pop the front index when it falls out of the window",
      "state time complexity O(n) amortized and space O(k)",
      "edge cases: k equals 1, k equals n, duplicates and invalid k",
    ],
    followUps: [
      { text: "Why does the deque hold indices rather than values?", dimension: "approach" },
      { text: "Each element is pushed and popped at most once. Use that to explain why the total is O(n).", dimension: "complexity" },
      { text: "What does your code return when k is 1, when k equals the array length, and when k is larger?", dimension: "code_quality" },
    ],
    sampleAnswer: `Approach: Recomputing the maximum of each window is O(n x k). A max-heap with lazy removal of out-of-window elements improves that to O(n log n). For O(n), I use a monotonic deque.

The deque stores indices, and their values are in decreasing order from front to back. When a new element x arrives, every element at the back that is less than or equal to x can never be a window maximum again: x is larger and will stay in the window longer. So I pop them, then push x's index. The front of the deque is always the maximum of the current window, but first I remove it if its index has slid out, meaning it's at most i - k.

Code (Python):
\`\`\`python
from collections import deque

def max_sliding_window(nums, k):
    if k <= 0 or k > len(nums):
        raise ValueError("k must be between 1 and len(nums)")
    dq = deque()  # indices, values decreasing
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
\`\`\`

Walkthrough on the example: after reading 1, 3, -1 the deque holds values 3 and -1, so the first output is 3. When 5 arrives, it pops everything smaller, and so on, producing [3, 3, 5, 5, 6, 7].

Complexity: each index is pushed once and popped at most once, so the total work is O(n) amortized even though there's a nested while loop. The deque holds at most k indices, so O(k) extra space, plus O(n - k + 1) output.

Using <= also pops equal values, keeping the deque small; the newer duplicate survives longer, which is what we want.

Edge cases: k = 1 returns the array itself; k = n returns one value, the overall max; duplicates like [4, 4, 4]; strictly increasing or decreasing arrays; invalid k, which I reject explicitly.

Testing: the example, k = 1, k = n, decreasing input, and random arrays against the brute force.`,
  },
];

/** Every coding question runs: its signatures, tests and references live in ./coding-specs (none is conceptual-only). */
export const codingQuestions: SeedQuestion[] = bank.map((q) => ({ ...q, coding: CODING_SPECS[q.slug] ?? null }));
