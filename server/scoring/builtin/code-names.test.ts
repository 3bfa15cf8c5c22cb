/**
 * Names defined in code are weak evidence of which problem the code solves: candidates name a
 * function for the problem's textbook name or their method, words the question may never use. They
 * flag code as written for another problem only when the answer's opening prose does not fit the
 * question either. Every question and answer here was written for this test (none comes from a
 * calibration, hold-out or question-bank file).
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { announcesAnotherGoal, statedGoal } from "@/server/scoring/builtin/stated-goal";

const coding = (question: string, answer: string) => analyzeAnswer({ rubric: "coding", level: "mid", question: { text: question }, answer });

const STAIRS = "Return the number of distinct ways to climb a staircase of n steps when each move climbs one or two steps. For n = 3 there are 3 ways.";

const STAIRS_ANSWER =
  "The last move onto step n climbs either one step from n - 1 or two steps from n - 2, so the ways to climb n steps are the ways for n - 1 plus the ways for n - 2. With one way to stand on step 0 and one way to climb a single step, I keep only the last two counts.\n\n```python\ndef fibonacci(n):\n    prev, curr = 1, 1\n    for _ in range(n - 1):\n        prev, curr = curr, prev + curr\n    return curr\n```\n\nFor n = 3 it returns 3 (1+1+1, 1+2, 2+1). Time O(n), space O(1); n = 0 and n = 1 both give 1.";

const VOWELS = "Write a function that returns how many vowels a string contains, counting upper- and lower-case letters alike.";

describe("a correct solution whose function has an unrelated-looking name", () => {
  it("is not flagged when its opening explains the asked problem", () => {
    const goal = statedGoal(STAIRS_ANSWER, STAIRS);
    expect(goal?.source).toBe("code");
    expect(goal?.fit).toBeLessThan(0.1);
    expect(announcesAnotherGoal(goal)).toBe(false);
    const score = coding(STAIRS, STAIRS_ANSWER);
    expect(score.flags).not.toContain("off_topic");
    expect(score.total).toBeGreaterThan(40);
  });

  it("is not flagged under a question in another language, whose words English identifiers cannot share", () => {
    const question = "Напишите функцию, которая возвращает число способов подняться по лестнице из n ступенек, если за один ход можно подняться на одну или две ступеньки.";
    const answer =
      "Последний ход на ступеньку n делается либо с n - 1, либо с n - 2, поэтому число способов для n равно сумме способов для двух предыдущих ступенек. Я храню только два последних значения.\n\n```python\ndef fibonacci(n):\n    prev, curr = 1, 1\n    for _ in range(n - 1):\n        prev, curr = curr, prev + curr\n    return curr\n```\n\nВремя O(n), память O(1); для n = 0 и n = 1 ответ 1.";
    expect(announcesAnotherGoal(statedGoal(answer, question))).toBe(false);
    expect(coding(question, answer).flags).not.toContain("off_topic");
  });
});

describe("code for a clearly different problem", () => {
  it("is still flagged when its prose is about that problem too", () => {
    const answer =
      "Splitting the sentence on whitespace and joining the pieces in reverse order turns 'hello big world' into 'world big hello'.\n\n```python\ndef reverse_words(sentence):\n    return ' '.join(reversed(sentence.split()))\n```\n\nThe split and the join are linear, so it runs in O(n) time and O(n) space for the list of pieces.";
    const goal = statedGoal(answer, VOWELS);
    expect(goal?.source).toBe("code");
    expect(announcesAnotherGoal(goal)).toBe(true);
    expect(coding(VOWELS, answer).flags).toContain("off_topic");
  });

  it("is still flagged when its opening only restates the question", () => {
    const answer =
      "We need a function that returns how many vowels a string contains, counting upper- and lower-case letters alike.\n\nSplitting the sentence on whitespace and joining the pieces in reverse order turns 'hello big world' into 'world big hello'.\n\n```python\ndef reverse_words(sentence):\n    return ' '.join(reversed(sentence.split()))\n```";
    expect(announcesAnotherGoal(statedGoal(answer, VOWELS))).toBe(true);
    expect(coding(VOWELS, answer).flags).toContain("off_topic");
  });

  it("is still flagged when the code comes without a word of prose", () => {
    const answer = "```python\ndef merge_intervals(intervals):\n    out = []\n    for start, end in sorted(intervals):\n        if out and start <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], end)\n        else:\n            out.append([start, end])\n    return out\n```";
    expect(announcesAnotherGoal(statedGoal(answer, VOWELS))).toBe(true);
  });
});
