import { describe, expect, it } from "vitest";
import { dimensionChanges, reviewIntervalDays, scheduleReview } from "./review-queue";

const dimension = (key: string, score: number) => ({ key, label: key.toUpperCase(), score, max: 10, comment: "", evidence: [] });

describe("review intervals", () => {
  it("are 1, 3, 7 and 14 days by failed retries, staying at 14", () => {
    expect([0, 1, 2, 3, 4, 9].map(reviewIntervalDays)).toEqual([1, 3, 7, 14, 14, 14]);
    expect(reviewIntervalDays(-1)).toBe(1);
  });

  it("count in UTC days from the last attempt, due on the day itself", () => {
    const last = new Date("2026-03-01T23:59:00Z");
    expect(scheduleReview(last, 0, "2026-03-01")).toEqual({ intervalDays: 1, dueOn: "2026-03-02", due: false });
    expect(scheduleReview(last, 0, "2026-03-02")).toEqual({ intervalDays: 1, dueOn: "2026-03-02", due: true });
    expect(scheduleReview(last, 2, "2026-03-07")).toMatchObject({ dueOn: "2026-03-08", due: false });
    expect(scheduleReview(last, 2, "2026-03-20")).toMatchObject({ dueOn: "2026-03-08", due: true });
  });
});

describe("dimensionChanges", () => {
  it("is empty after one attempt", () => {
    expect(dimensionChanges([dimension("a", 3)], null)).toEqual([]);
  });

  it("gives each dimension's change, in the latest attempt's order, skipping ones the previous lacked", () => {
    const changes = dimensionChanges([dimension("a", 6), dimension("b", 4), dimension("c", 5)], [dimension("b", 5.5), dimension("a", 3)]);
    expect(changes).toEqual([
      { key: "a", label: "A", previous: 3, latest: 6, delta: 3, max: 10 },
      { key: "b", label: "B", previous: 5.5, latest: 4, delta: -1.5, max: 10 },
    ]);
  });
});
