import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatLongDay, formatPercent, formatPoints } from "./format";

describe("format (per interface language)", () => {
  it("keeps the English output callers had before", () => {
    expect([formatCount(12345), formatPercent(0.425), formatPercent(0.5), formatPoints(7), formatPoints(6.54)]).toEqual(["12,345", "42.5%", "50%", "7", "6.5"]);
    expect([formatDay("2026-01-05"), formatLongDay("2026-01-05"), formatDay("soon")]).toEqual(["5 Jan", "5 January 2026", "soon"]);
  });

  it("writes Russian and Korean numbers and dates their own way", () => {
    expect(formatPoints(6.5, "ru")).toBe("6,5");
    expect(formatCount(12345, "ru")).toBe("12\u00a0345");
    expect(formatPercent(0.425, "ru")).toBe("42,5\u00a0%");
    expect(formatLongDay("2026-01-05", "ru")).toMatch(/^5 января 2026\sг\.$/);
    expect(formatDay("2026-01-05", "ko")).toBe("1월 5일");
  });
});
