import { describe, expect, it } from "vitest";
import { medianInterval } from "./bootstrap";
import { CONTROL_LOCALE, settled, type TVerdictSample, verdictRows } from "./i18n-verdict";

const sample = (ms: number): TVerdictSample => ({ domContentLoadedMs: ms, loadMs: ms * 2, cpuMs: ms / 2 });

describe("bench:i18n --verdict rows", () => {
  it("pairs each round with the baseline's same round, and passes a language at or under ×1.10 on every measure", () => {
    // English drifts upward over the rounds (a machine getting busier); Korean stays 5% over the same round's English.
    const samples = new Map([
      ["/ en", [100, 200, 300, 400, 500].map(sample)],
      ["/ ko", [105, 210, 315, 420, 525].map(sample)],
    ]);
    const [en, ko] = verdictRows(samples, ["/"], ["en", "ko"], "en");
    expect(en!.pass).toBe(true);
    expect(en!.cells.loadMs.ratio).toBe(1);
    expect(ko!.cells.domContentLoadedMs.ms).toBe(315);
    expect(ko!.cells.loadMs.ms).toBe(630);
    for (const cell of Object.values(ko!.cells)) {
      expect(cell.ratio).toBeCloseTo(1.05);
      expect(cell.low).toBeCloseTo(1.05);
      expect(cell.high).toBeCloseTo(1.05);
    }
    expect(ko!.pass).toBe(true);
    expect(ko!.rounds).toBe(5);
  });

  it("fails a page when one measure's median ratio is over ×1.10, and reports the quartiles of the rounds' ratios", () => {
    const base = [100, 100, 100, 100, 100].map(sample);
    const slowCpu = [100, 100, 100, 100, 100].map((ms, round) => ({ ...sample(ms), cpuMs: 50 * [1.0, 1.1, 1.2, 1.3, 1.4][round]! }));
    const [, ru] = verdictRows(new Map([["/practice en", base], ["/practice ru", slowCpu]]), ["/practice"], ["en", "ru"], "en");
    expect(ru!.cells.cpuMs.ratio).toBeCloseTo(1.2);
    expect(ru!.cells.cpuMs.low).toBeCloseTo(1.1);
    expect(ru!.cells.cpuMs.high).toBeCloseTo(1.3);
    expect(ru!.cells.loadMs.ratio).toBe(1);
    expect(ru!.pass).toBe(false);
  });
});

describe("bench:i18n --verdict intervals", () => {
  it("gives a median's bootstrap interval that holds the median, narrows with more rounds and repeats exactly", () => {
    const few = [0.9, 1.0, 1.05, 1.1, 1.3];
    const many = Array.from({ length: 40 }, (_, i) => few[i % few.length]!);
    const a = medianInterval(few);
    expect(a.low).toBeLessThanOrEqual(1.05);
    expect(a.high).toBeGreaterThanOrEqual(1.05);
    expect(medianInterval(few)).toEqual(a);
    const b = medianInterval(many);
    expect(b.high - b.low).toBeLessThan(a.high - a.low);
  });

  it("calls a cell over only when its whole interval is above ×1.10, within when all of it is at or under", () => {
    const cell = (ciLow: number, ciHigh: number) => ({ ms: 1, ratio: (ciLow + ciHigh) / 2, low: ciLow, high: ciHigh, ciLow, ciHigh });
    expect(settled(cell(1.12, 1.3))).toBe("over");
    expect(settled(cell(0.95, 1.1))).toBe("within");
    expect(settled(cell(1.02, 1.15))).toBe("unresolved");
  });

  it("names the A/A control row and compares it with the baseline like a language", () => {
    const samples = new Map([
      ["/ en", [100, 110, 90].map(sample)],
      [`/ ${CONTROL_LOCALE}`, [110, 110, 99].map(sample)],
    ]);
    const [, control] = verdictRows(samples, ["/"], ["en", CONTROL_LOCALE], "en");
    expect(control!.locale).toBe(CONTROL_LOCALE);
    expect(control!.cells.loadMs.ratio).toBeCloseTo(1.1);
  });
});
