/**
 * Every email in every language: no English left in the Russian and Korean versions (outside names,
 * links and brand names), no missing key, plurals per language, and the catalogs share their keys.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { duplicateSubscriptionCanceledEmail, oneInterviewLeftEmail, paymentFailedEmail, formatMoney } from "@/server/billing/billing-emails";
import { EMAIL_CATALOGS } from "./email-translator";
import {
  emailChangedNoticeEmail,
  emailChangeEmail,
  notificationEmail,
  passwordChangedEmail,
  passwordResetEmail,
  reviewsDueEmail,
  signUpAttemptEmail,
  supportReplyEmail,
  verificationEmail,
  weeklySummaryEmail,
  type RenderedEmail,
} from "./templates";

const APP = "https://rehearse.example.com";
const FIGURES = { answers: 5, averageScore: 71, completedInterviews: 2, reviewsDue: 3 };

function everyEmail(locale: TLanguage): Record<string, RenderedEmail> {
  const base = { name: "Ada", locale };
  return {
    verification: verificationEmail({ ...base, link: `${APP}/verify-email?token=t` }),
    passwordReset: passwordResetEmail({ ...base, link: `${APP}/reset-password?token=t` }),
    emailChange: emailChangeEmail({ ...base, link: `${APP}/verify-email?token=t`, newEmail: "new@example.com" }),
    passwordChanged: passwordChangedEmail({ ...base, resetLink: `${APP}/forgot-password` }),
    signUpAttempt: signUpAttemptEmail({ ...base, signInLink: `${APP}/sign-in`, resetLink: `${APP}/forgot-password` }),
    emailChangedNotice: emailChangedNoticeEmail({ ...base, newEmail: "new@example.com", contactLink: `${APP}/contact` }),
    reviewsDue: reviewsDueEmail({ ...base, dueCount: 3, questions: ["Что такое замыкание?"], link: `${APP}/progress`, unsubscribeLink: `${APP}/unsubscribe?t=1` }),
    weekly: weeklySummaryEmail({ ...base, figures: FIGURES, link: `${APP}/progress`, unsubscribeLink: `${APP}/unsubscribe?t=1` }),
    weeklyIdle: weeklySummaryEmail({ ...base, figures: { ...FIGURES, answers: 0 }, link: `${APP}/progress`, unsubscribeLink: `${APP}/unsubscribe?t=1` }),
    supportReply: supportReplyEmail({ ...base, ticketSubject: "Вопрос", message: "Готово.", link: `${APP}/help` }),
    notification: notificationEmail({ locale, subject: "—", paragraphs: [] }),
    paymentFailed: paymentFailedEmail({ ...base, amount: formatMoney(1200, "usd", locale), planName: "Pro", link: `${APP}/settings` }),
    paymentFailedBare: paymentFailedEmail({ ...base, amount: null, planName: null, link: `${APP}/settings` }),
    oneLeft: oneInterviewLeftEmail({ ...base, planName: "Free", limit: 3, windowDays: 30, resetsAt: "2026-12-01T09:30:00Z", upgradeLink: `${APP}/pricing`, dashboardLink: `${APP}/dashboard` }),
    oneLeftNoBilling: oneInterviewLeftEmail({ ...base, planName: "Free", limit: 3, windowDays: 30, resetsAt: null, upgradeLink: null, dashboardLink: `${APP}/dashboard` }),
    duplicate: duplicateSubscriptionCanceledEmail({ ...base, keptPlanName: "Pro", canceledPlanName: "Plus", link: `${APP}/settings` }),
    duplicateSame: duplicateSubscriptionCanceledEmail({ ...base, keptPlanName: "Pro", canceledPlanName: "Pro", link: `${APP}/settings` }),
  };
}

/** Latin words left once links, addresses and the names we put in are taken out. */
const ALLOWED_LATIN = new Set(["Rehearse", "Stripe", "UTC", "Re", "Ada", "Pro", "Plus", "USD", "US"]);
function englishWords(text: string): string[] {
  const stripped = text.replace(/https?:\/\/\S+/g, " ").replace(/\S+@\S+/g, " ");
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word));
}

describe.each(["ru", "ko"] as const)("emails in %s", (locale) => {
  const emails = everyEmail(locale);
  it.each(Object.keys(emails))("%s has no English and no missing key", (name) => {
    const email = emails[name]!;
    expect(englishWords(`${email.subject}\n${email.text}`)).toEqual([]);
    expect(email.text).not.toMatch(/email\.[a-zA-Z]/);
    expect(email.html).toContain(`<html lang="${locale}">`);
  });
});

describe("plurals and dates per language", () => {
  it("Russian declines the hours and the question counts", () => {
    expect(verificationEmail({ name: "Ада", link: `${APP}/v`, locale: "ru" }).text).toContain("действует 24 часа");
    expect(passwordResetEmail({ name: "Ада", link: `${APP}/r`, locale: "ru" }).text).toContain("действует 1 час");
    const due = (count: number) => reviewsDueEmail({ name: "Ада", dueCount: count, questions: [], link: `${APP}/p`, unsubscribeLink: `${APP}/u`, locale: "ru" }).subject;
    expect(due(1)).toBe("1 вопрос ждёт повторения сегодня в Rehearse");
    expect(due(3)).toBe("3 вопроса ждут повторения сегодня в Rehearse");
    expect(due(5)).toBe("5 вопросов ждут повторения сегодня в Rehearse");
    expect(due(21)).toBe("21 вопрос ждёт повторения сегодня в Rehearse");
  });

  it("Korean counts without plural forms and greets with 님", () => {
    const email = reviewsDueEmail({ name: "민준", dueCount: 2, questions: [], link: `${APP}/p`, unsubscribeLink: `${APP}/u`, locale: "ko" });
    expect(email.subject).toBe("오늘 Rehearse에서 복습할 질문 2개");
    expect(email.text.startsWith("민준님, 안녕하세요.")).toBe(true);
  });

  it("writes the quota reset date the recipient's way", () => {
    const at = { name: "A", planName: "Free", limit: 3, windowDays: 30, resetsAt: "2026-12-01T09:30:00Z", upgradeLink: null, dashboardLink: `${APP}/d` };
    expect(oneInterviewLeftEmail(at).text).toContain("December 1, 2026");
    expect(oneInterviewLeftEmail({ ...at, locale: "ru" }).text).toContain("1 декабря 2026");
    expect(oneInterviewLeftEmail({ ...at, locale: "ko" }).text).toContain("2026년 12월 1일");
  });

  it("English stays as it was", () => {
    expect(verificationEmail({ name: "Ada", link: `${APP}/v` }).text).toContain("Hi Ada,");
    expect(reviewsDueEmail({ name: "Ada", dueCount: 1, questions: [], link: `${APP}/p`, unsubscribeLink: `${APP}/u` }).subject).toBe("1 review due today on Rehearse");
  });
});

/** The argument names an ICU message uses, at any depth (inside plural and select branches too). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal) into.add(element.value);
    if ("options" in element) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

/** "a.b.c" for every leaf string, and the {arguments} each one uses. */
function leaves(tree: object, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, [...argumentsOf(parse(value))].sort());
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe("email catalogs", () => {
  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly the English keys and arguments", (locale) => {
    const reference = leaves(EMAIL_CATALOGS.en);
    const translated = leaves(EMAIL_CATALOGS[locale]);
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    // Korean writes some plurals as a bare {count}: the argument names still match.
    for (const [key, args] of reference) expect(translated.get(key), key).toEqual(args);
  });
});
