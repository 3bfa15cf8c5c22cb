/**
 * Form errors in the reader's language: every English message the contracts and server write that
 * the map knows has its text, word for word, in the English `errors` catalog, and a Russian and a
 * Korean version; a message the map does not know passes through unchanged.
 */
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ZRegisterInputSchema } from "@/server/contracts/accounts";
import { PASSWORD_LENGTH_MESSAGES } from "@/server/contracts/new-password";
import { CONTROL_CHARACTER_MESSAGE } from "@/server/contracts/safe-string";
import { ERROR_MESSAGE_KEYS, ERROR_MESSAGE_PATTERNS, errorMessageKey } from "@/server/contracts/error-messages";
import { planNameWith } from "@/app/_components/plan-name";
import { secondsText } from "@/server/errors";
import { loadMessages } from "./messages";

/** What useErrorText (app/_components/form/use-error-text.ts) does: the key's text, a plan named in the reader's language; `server.` keys from form-errors. */
function translate(locale: "en" | "ru" | "ko", message: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "errors" }) as unknown as (key: string, values?: object) => string;
  const tf = createTranslator({ locale, messages: loadMessages(locale), namespace: "form-errors" }) as unknown as (key: string, values?: object) => string;
  const tc = createTranslator({ locale, messages: loadMessages(locale), namespace: "common" });
  const found = errorMessageKey(message);
  if (!found) return message;
  const plan = found.values?.plan;
  return (found.key.startsWith("server.") ? tf : t)(found.key, typeof plan === "string" ? { ...found.values, plan: planNameWith(tc, plan) } : found.values);
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
    // One second is "1 second" (it said "1 seconds"), in the server's message and the catalog's.
    const oneSecond = `Too many requests. Try again in ${secondsText(1)}.`;
    expect(oneSecond).toBe("Too many requests. Try again in 1 second.");
    expect(translate("en", oneSecond)).toBe(oneSecond);
    expect(translate("ru", oneSecond)).toBe("Слишком много запросов. Попробуйте снова через 1 секунду.");
  });

  it("covers what the sign-up form's schema says, and passes unknown messages through", () => {
    const result = ZRegisterInputSchema.safeParse({ name: "", email: "nope", password: "short" });
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(errorMessageKey(message), message).not.toBeNull();
    expect(translate("ru", "Some message nobody mapped.")).toBe("Some message nobody mapped.");
  });
});

describe("candidate-facing server messages", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return sources(rel);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [fs.readFileSync(path.join(ROOT, rel), "utf8")] : [];
    });
  const code = [...sources("server"), ...sources("app")].join("\n");

  it.each(Object.keys(ERROR_MESSAGE_KEYS))("%s is still what the code writes (a reworded message would lose its translation)", (english) => {
    const asWritten = [english, english.replace(/'/g, "\\'")];
    const fromConstants = [...Object.values(PASSWORD_LENGTH_MESSAGES), CONTROL_CHARACTER_MESSAGE].includes(english);
    expect(fromConstants || asWritten.some((text) => code.includes(text)), english).toBe(true);
  });

  it("translates the quota messages with the plan, the numbers and Russian plurals", () => {
    const plan = "Your Free plan includes 2 interviews per 30 days. Upgrade for more, or wait until your quota resets.";
    expect(translate("en", plan)).toBe(plan);
    expect(translate("ru", plan)).toBe("Тариф «Бесплатный» включает 2 собеседования за 30 дней. Перейдите на тариф повыше или дождитесь обновления квоты.");
    expect(translate("ko", plan)).toBe("무료 요금제는 30일마다 면접 2회를 제공합니다. 더 필요하면 업그레이드하거나 할당량이 초기화될 때까지 기다리세요.");
    expect(translate("ru", "Fair use allows 21 interviews a day. Try again later.")).toBe("Правила честного использования допускают 21 собеседование в день. Попробуйте позже.");
  });

  it("translates the billing refusals, with or without a plan name and the still-processing note", () => {
    const refusals = [
      "You already have a Pro subscription. To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout.",
      "You already have a subscription. To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout.",
      "You already have a Premium subscription (your payment may still be processing). To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout.",
      "You have no billing account yet. Choose a plan first; the Pro and Premium plans are on the pricing page.",
    ];
    for (const message of refusals) {
      expect(translate("en", message)).toBe(message);
      expect(translate("ru", message)).toMatch(/[а-я]/);
      expect(translate("ru", message)).not.toMatch(/subscription|billing|none/);
      expect(translate("ko", message)).not.toMatch(/subscription|billing|none/);
    }
    expect(translate("ru", refusals[0]!)).toBe("У вас уже есть подписка Pro. Чтобы сменить тариф, нажмите «Управление оплатой» в разделе «Настройки → Оплата», а не оформляйте вторую подписку.");
    expect(translate("ko", refusals[2]!)).toBe("이미 Premium 구독 중입니다 (결제가 아직 처리 중일 수 있습니다). 요금제를 바꾸려면 새로 결제하지 말고 설정 → 결제에서 ‘결제 관리’를 이용하세요.");
  });

  it("translates what a job's practice start can refuse", () => {
    expect(translate("ru", "Add at least one requirement to this job before practising for it.")).toMatch(/требование/);
    expect(translate("ko", "No question in the bank matches this job's requirements yet. Reword a requirement or add skills the bank covers.")).toMatch(/질문 은행/);
  });
});
