import { describe, expect, it } from "vitest";
import { negotiateLanguage, resolveLanguage } from "./locale";

describe("negotiateLanguage", () => {
  it("matches a region tag to its language and respects q-values", () => {
    expect(negotiateLanguage("ko-KR,ko;q=0.9,en-US;q=0.8")).toBe("ko");
    expect(negotiateLanguage("en;q=0.4, ru-RU;q=0.9")).toBe("ru");
    expect(negotiateLanguage("de-DE,de;q=0.9,ru;q=0.5,en;q=0.3")).toBe("ru");
  });

  it("keeps header order on equal q and skips q=0", () => {
    expect(negotiateLanguage("ru, ko")).toBe("ru");
    expect(negotiateLanguage("ru;q=0, ko;q=0.2")).toBe("ko");
  });

  it("gives null when nothing fits, for a wildcard and for junk", () => {
    expect(negotiateLanguage("de, fr;q=0.8")).toBeNull();
    expect(negotiateLanguage("*")).toBeNull();
    expect(negotiateLanguage(";;,q=;")).toBeNull();
    expect(negotiateLanguage(null)).toBeNull();
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
