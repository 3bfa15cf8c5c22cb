import { describe, expect, it } from "vitest";
import { countedAttempt, overallFrom, passes } from "./interview-score";

const attempts = [
  { id: "a", attempt: 1, total: 59 },
  { id: "b", attempt: 2, total: 3 },
  { id: "c", attempt: 3, total: null },
];

describe("which attempt counts", () => {
  it("the best scored attempt by default, the newest scored one under 'latest'; unscored attempts never count", () => {
    expect(countedAttempt(attempts, "best")?.id).toBe("a");
    expect(countedAttempt(attempts, "latest")?.id).toBe("b");
    expect(countedAttempt([{ id: "x", attempt: 1, total: null }], "best")).toBeNull();
  });

  it("a tie goes to the earlier attempt", () => {
    expect(countedAttempt([{ id: "a", attempt: 1, total: 40 }, { id: "b", attempt: 2, total: 40 }], "best")?.id).toBe("a");
  });

  it("averages per question with unanswered as 0: raising one question from 6 to 40 moves 29 to 37", () => {
    expect(overallFrom([6, 50, 31, null])).toBe(22);
    expect(overallFrom([6, 52])).toBe(29);
    expect(overallFrom([40, 34])).toBe(37);
    expect(passes(65, "mid")).toBe(true);
    expect(passes(64, "mid")).toBe(false);
  });
});
