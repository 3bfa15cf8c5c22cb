import { describe, expect, it } from "vitest";
import { intlLocale } from "./format";
import { FORMATS } from "./local-time";

describe("LocalTime's formats", () => {
  it("write times on the 24-hour clock in every language, so no day period differs between Node's ICU and the browser's", () => {
    const evening = new Date("2026-12-03T20:05:00Z");
    for (const language of ["en", "ru", "ko"] as const) {
      for (const name of ["dateTime", "weekdayTime"] as const) {
        const text = new Intl.DateTimeFormat(intlLocale(language), { ...FORMATS[name], timeZone: "UTC" }).format(evening);
        expect(text, `${language} ${name}`).toContain("20:05");
        expect(text, `${language} ${name}`).not.toMatch(/AM|PM|오전|오후/);
      }
    }
  });
});
