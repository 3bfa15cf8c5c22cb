import { describe, expect, it } from "vitest";
import { negotiateLanguage, resolveLanguage } from "./locale";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

/** The language each Accept-Language header settles on, by the rule it shows. */
const NEGOTIATED: Record<string, Array<[string | null, TLanguage | null]>> = {
  "matches a region tag to its language and respects q-values": [
    ["ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    ["en;q=0.4, ru-RU;q=0.9", "ru"],
    ["de-DE,de;q=0.9,ru;q=0.5,en;q=0.3", "ru"],
  ],
  "keeps header order on equal q and skips q=0": [
    ["ru, ko", "ru"],
    ["ru;q=0, ko;q=0.2", "ko"],
  ],
  "gives null when nothing fits, for a wildcard and for junk": [
    ["de, fr;q=0.8", null],
    ["*", null],
    [";;,q=;", null],
    [null, null],
  ],
};

describe("negotiateLanguage", () => {
  it.each(Object.entries(NEGOTIATED))("%s", (_rule, cases) => {
    for (const [header, language] of cases) expect(negotiateLanguage(header), String(header)).toBe(language);
  });
});

describe("resolveLanguage", () => {
  it("prefers the saved preference, then the cookie, then Accept-Language, then English", () => {
    expect(resolveLanguage({ preference: "ko", cookie: "ru", acceptLanguage: "en" })).toBe("ko");
    expect(resolveLanguage({ preference: null, cookie: "ru", acceptLanguage: "ko" })).toBe("ru");
    expect(resolveLanguage({ preference: null, cookie: "xx", acceptLanguage: "ko-KR" })).toBe("ko");
    expect(resolveLanguage({ preference: undefined, cookie: undefined, acceptLanguage: "fr" })).toBe("en");
  });
});
