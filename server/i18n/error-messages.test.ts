/**
 * Form errors in the reader's language: every English message the contracts and server write that
 * the map knows has its text, word for word, in the English `errors` catalog, and a Russian and a
 * Korean version; a message the map does not know passes through unchanged.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ZRegisterInputSchema } from "@/server/contracts/accounts";
import { ERROR_MESSAGE_KEYS, ERROR_MESSAGE_PATTERNS, errorMessageKey } from "@/server/contracts/error-messages";
import { loadMessages } from "./messages";

function translate(locale: "en" | "ru" | "ko", message: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "errors" }) as unknown as (key: string, values?: object) => string;
  const found = errorMessageKey(message);
  return found ? t(found.key, found.seconds === undefined ? undefined : { seconds: found.seconds }) : message;
}

describe("error message keys", () => {
  it.each(Object.entries(ERROR_MESSAGE_KEYS))("%s is the English catalog's text", (english) => {
    expect(translate("en", english)).toBe(english);
    expect(translate("ru", english)).not.toBe(english);
    expect(translate("ko", english)).not.toBe(english);
  });

  it("translates the messages with a number, declining it in Russian", () => {
    expect(ERROR_MESSAGE_PATTERNS.length).toBeGreaterThan(0);
    expect(translate("en", "Too many requests. Try again in 30 seconds.")).toBe("Too many requests. Try again in 30 seconds.");
    expect(translate("ru", "Too many requests. Try again in 21 seconds.")).toBe("Слишком много запросов. Попробуйте снова через 21 секунду.");
    expect(translate("ko", "Too many requests. Try again in 5 seconds.")).toBe("요청이 너무 많습니다. 5초 후에 다시 시도하세요.");
  });

  it("covers what the sign-up form's schema says, and passes unknown messages through", () => {
    const result = ZRegisterInputSchema.safeParse({ name: "", email: "nope", password: "short" });
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(errorMessageKey(message), message).not.toBeNull();
    expect(translate("ru", "Some message nobody mapped.")).toBe("Some message nobody mapped.");
  });
});
