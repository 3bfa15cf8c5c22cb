import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DigestSentence, digestCode } from "./error-digest";
import { MutationErrorText } from "./mutation-error-text";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";

const inLocale = (locale: TLanguage, element: ReactElement) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, element));

describe("error texts shared by the pages", () => {
  it("names the server's error id as code after the error text, and says nothing without one", () => {
    const sentence = (digest: string) => createElement("span", null, "Quote ", digestCode(digest));
    expect(renderToStaticMarkup(createElement(DigestSentence, { digest: "abc123", sentence }))).toBe(' <span>Quote <code class="rounded bg-slate-100 px-1">abc123</code></span>');
    expect(renderToStaticMarkup(createElement(DigestSentence, { digest: null, sentence }))).toBe("");
  });

  it("announces a failed action's own server message in red, with the caller's spacing, and nothing before it fails", () => {
    const failed = { isError: true, error: { message: "This interview is already finished.", data: { code: "CONFLICT" } } };
    expect(inLocale("en", createElement(MutationErrorText, { mutation: failed, className: "mt-1" }))).toBe(
      '<p role="alert" class="mt-1 font-medium text-red-700">This interview is already finished.</p>',
    );
    expect(inLocale("en", createElement(MutationErrorText, { mutation: { isError: false, error: null } }))).toBe("");
  });

  it("says a failed action's message in the reader's language (a tRPC 400's wording, a known server message)", () => {
    const invalid = { isError: true, error: { message: "Invalid input — title: required", data: { appCode: "VALIDATION_ERROR" } } };
    expect(inLocale("ru", createElement(MutationErrorText, { mutation: invalid }))).toContain("Некорректные данные — title: обязательное поле");
    expect(inLocale("ko", createElement(MutationErrorText, { mutation: invalid }))).toContain("입력값이 올바르지 않습니다 — title: 필수 항목입니다");
    const busy = { isError: true, error: { message: "The code runner is busy; try again in a moment", data: { appCode: "SERVICE_UNAVAILABLE" } } };
    expect(inLocale("ru", createElement(MutationErrorText, { mutation: busy }))).not.toContain("busy");
  });
});
