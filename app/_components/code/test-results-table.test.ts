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

/** The sandbox's fixed English texts, as the server and the browser's workers write them. */
const ERRORS: TRunResultView = {
  status: "not_allowed",
  ms: 10,
  stdout: "a\n… (output truncated)",
  tests: [
    { name: "zero", passed: false, input: [0], expected: 1, actual: null, error: "ZeroDivisionError: division by zero (line 4)", errorCode: "exception" },
    { name: "name", passed: false, input: [1], expected: 1, actual: null, error: "solve is not defined: keep the name from the starting code", errorCode: "missing_function" },
    { name: "cycle", passed: false, input: [2], expected: 1, actual: null, error: "ValueError: the returned list does not end (a cycle?)", errorCode: "list_cycle" },
    { name: "os", passed: false, input: [3], expected: 1, actual: null, error: "Not allowed: process", errorCode: "not_allowed" },
    { name: "rest", passed: false, input: [4], expected: 1, actual: null, error: "Not run: an earlier test ended the run", errorCode: "not_run" },
  ],
};

const html = (locale: TLanguage, result: TRunResultView = RESULT) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, createElement(TestResultsTable, { result, caption: "c" })),
  );

describe("TestResultsTable", () => {
  it.each([
    ["en", "c (scrolls sideways)"],
    ["ru", "c (прокручивается по горизонтали)"],
    ["ko", "c(가로로 스크롤)"],
  ] as const)("lets the keyboard scroll the table on a phone (%s): its frame is a named, focusable region", (locale, name) => {
    expect(html(locale)).toContain(`<div class="overflow-x-auto rounded-lg border border-slate-200" role="region" aria-label="${name}" tabindex="0">`);
  });

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

  it.each([
    ["en", ["ZeroDivisionError: division by zero (line 4)", "solve is not defined: keep the name from the starting code", "The returned list does not end (a cycle?)", "Not allowed in the sandbox: process", "Not run: an earlier test ended the run", "… (output truncated)"]],
    ["ru", ["ZeroDivisionError: division by zero (строка 4)", "Имя solve не определено", "Возвращённый список не заканчивается", "Запрещено в песочнице: process", "Не запущен: выполнение остановил", "… (вывод обрезан)"]],
    ["ko", ["ZeroDivisionError: division by zero (4번째 줄)", "solve이(가) 정의되지 않았습니다", "반환된 리스트가 끝나지 않습니다", "샌드박스에서 허용되지 않음: process", "실행 안 됨: 앞선 테스트에서", "… (출력 잘림)"]],
  ] as const)("shows the sandbox's errors in %s, the answer's own exception as written", (locale, texts) => {
    const markup = html(locale, ERRORS);
    for (const text of texts) expect(markup).toContain(text);
    if (locale === "en") return;
    for (const english of ["(line ", "keep the name", "does not end", "Not allowed", "Not run", "output truncated"]) expect(markup).not.toContain(english);
  });
});
