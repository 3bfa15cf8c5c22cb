import { describe, expect, it } from "vitest";
import { exampleTests, questionExamples, sameFunctionName } from "./question-examples";

describe("a question's own examples", () => {
  it("reads 'X returns Y', several per question, without chaining one's result into the next's arguments", () => {
    const question = "Return the sum of the even numbers in a list. For example, [1, 2, 3, 4] returns 6, and [5, 7] returns 0.";
    expect(questionExamples(question)).toEqual([
      { args: [[1, 2, 3, 4]], expected: 6 },
      { args: [[5, 7]], expected: 0 },
    ]);
  });

  it("reads several arguments joined by commas, 'and', 'with' and parameter names, and Python spellings", () => {
    expect(questionExamples("Find whether two values sum to k. nums = [4, 9, 1], k = 10 gives True.")).toEqual([{ args: [[4, 9, 1], 10], expected: true }]);
    expect(questionExamples("Count words longer than n. For instance words = ['ox', 'horse'] with n = 2 returns 1.")).toEqual([{ args: [["ox", "horse"], 2], expected: 1 }]);
    expect(questionExamples('Given "a-b-c" and "-", it should return ["a", "b", "c"].')).toEqual([{ args: ["a-b-c", "-"], expected: ["a", "b", "c"] }]);
    expect(questionExamples("Reverse the words: reverse_words(\"red fox\") → \"fox red\".")).toEqual([{ args: ["red fox"], expected: "fox red", call: "reverse_words" }]);
    expect(questionExamples("Например, [2, 5] возвращает 7.")).toEqual([{ args: [[2, 5]], expected: 7 }]);
  });

  it("finds nothing in prose that only mentions numbers, or in an example whose parenthesis belongs to no call", () => {
    expect(questionExamples("The lunch queue takes 20 minutes and 300 students use the app.")).toEqual([]);
    expect(questionExamples("Write a function for the 2D grid of size 10 that returns the path.")).toEqual([]);
    expect(questionExamples("Sort the list (for example [3, 1]) returns nothing.")).toEqual([]);
  });

  it("keeps the examples with the usual number of arguments", () => {
    const question = "Merge the lists: [1, 3], [2] returns [1, 2, 3]; [5], [] returns [5]; and 7 returns 7.";
    expect(questionExamples(question).map((example) => example.args.length)).toEqual([2, 2]);
  });

  it("names tests, compares unordered when the question says order does not matter, and keeps call-form examples for the function they call", () => {
    const question = "Return the distinct values in any order. For example, dedupe([3, 3, 1]) returns [3, 1].";
    const tests = exampleTests(questionExamples(question), question, "dedupe", (n) => `example ${n}`);
    expect(tests).toEqual([{ name: "example 1", args: [[3, 3, 1]], expected: [3, 1], compare: "unordered" }]);
    expect(exampleTests(questionExamples(question), question, "solve", (n) => `example ${n}`)).toEqual([]);
    expect(sameFunctionName("two_sum", "twoSum")).toBe(true);
  });
});
