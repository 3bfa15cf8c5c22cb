import { describe, expect, it } from "vitest";
import { formatDimensionPoints, formatPoints } from "@/app/_components/format";

describe("formatDimensionPoints", () => {
  it("shows a dimension's points to the half point, so a near-zero score reads 0, not 0.1", () => {
    expect(formatDimensionPoints(0.1)).toBe("0");
    expect(formatDimensionPoints(0.2)).toBe("0");
    expect(formatDimensionPoints(6.9)).toBe("7");
    expect(formatDimensionPoints(7.4)).toBe("7.5");
    expect(formatDimensionPoints(6.5)).toBe("6.5");
    expect(formatDimensionPoints(10)).toBe("10");
    expect(formatDimensionPoints(7.4, "ru")).toBe("7,5");
  });

  it("leaves averages (formatPoints) at tenths", () => {
    expect(formatPoints(67.3)).toBe("67.3");
  });
});
