import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TRunResultView } from "@/server/contracts/code";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { TestResultsTable } from "./test-results-table";

const RESULT: TRunResultView = {
  status: "time_limit",
  ms: 1234,
  stdout: "debug line",
  tests: [
    { name: "basic", passed: true, input: [1], expected: 2, actual: 2, ms: 3 },
    { name: "large", passed: false, input: [2], expected: 3, actual: null, error: "Time limit exceeded (2000 ms)", hidden: true, ms: 2000 },
  ],
};

const html = (locale: TLanguage) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, createElement(TestResultsTable, { result: RESULT, caption: "c" })),
  );

describe("TestResultsTable", () => {
  it("keeps the English words the e2e specs select by", () => {
    const markup = html("en");
    expect(markup).toContain("Time limit exceeded: 1 of 2 passed");
    expect(markup).toContain("1,234 ms");
    for (const text of [">Case<", ">Result<", ">Time<", ">Passed<", ">Time limit<", "(hidden)", "Output (print / console.log)"]) expect(markup).toContain(text);
  });

  it.each([
    ["ru", ["Превышено время выполнения: пройдено 1 из 2", ">Результат<", ">Пройден<", ">Превышено время<", "(скрытый)", "Вывод (print / console.log)"]],
    ["ko", ["시간 제한 초과: 2개 중 1개 통과", ">결과<", ">통과<", ">시간 초과<", "(숨김)", "출력 (print / console.log)"]],
  ] as const)("speaks %s after Run tests", (locale, texts) => {
    const markup = html(locale);
    for (const text of texts) expect(markup).toContain(text);
    for (const english of ["passed", "Passed", "Result", "(hidden)", "Output"]) expect(markup).not.toContain(english);
  });
});
