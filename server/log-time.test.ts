import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isoTime, isoTimestamp } from "./log-time";

afterEach(() => vi.useRealTimers());

describe("isoTime", () => {
  it("is toISOString for every millisecond of a second, across seconds, days and years", () => {
    const starts = [0, 999, 1_000, Date.UTC(2026, 11, 1, 2, 40, 13), Date.UTC(2026, 11, 31, 23, 59, 59), Date.UTC(2028, 1, 29, 12), Date.UTC(9999, 11, 31, 23, 59, 59)];
    for (const start of starts) {
      for (let ms = start; ms < start + 1_500; ms++) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(Math.random() * 253_402_300_800_000);
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it("falls back to toISOString outside four-digit years and for fractions", () => {
    for (const ms of [-1, -62_167_219_200_001, 253_402_300_800_000, 8.64e15, 1_000.5]) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it("writes what pino's isoTime writes", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T02:40:13.007Z"), toFake: ["Date"] });
    expect(isoTimestamp()).toBe(pino.stdTimeFunctions.isoTime());
  });
});
