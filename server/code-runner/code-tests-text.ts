/**
 * The words a coding answer's test results add to its score (the correctness comment and evidence,
 * the first failing test in the feedback, an improvement or a strength), in the candidate's interface
 * language like the rest of the built-in feedback (feedbackLanguage). A sandbox error is shown with
 * the results table's words (catalog `code.results.errors`); the answer's own exception stays as the
 * runtime wrote it. The AI grader's prompt keeps English (code-tests.ts testsForPrompt).
 */
import { createTranslator } from "next-intl";
import { runErrorOf } from "@/server/contracts/run-errors";
import type { TRunStatus } from "@/server/contracts/vocabulary/code-shapes";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";

type TNoteStatus = Extract<TRunStatus, "time_limit" | "memory_limit" | "not_allowed" | "error">;

export interface TCodeTestsText {
  counts: (passed: number, total: number, language: string) => string;
  allPassed: (counts: string) => string;
  withFailure: (counts: string, note: string | undefined, failure: string) => string;
  notes: Record<TNoteStatus, string>;
  /** "basic (hidden): input …, expected …, got …". */
  failure: (name: string, hidden: boolean, input: string, expected: string, got: string) => string;
  /** A failing hidden test: its name and, for a limit it hit, the limit; never its values (server/interviews/candidate-score.ts). */
  hiddenFailure: (name: string, limit: string | undefined) => string;
  got: (actual: string) => string;
  improvement: (name: string, hidden: boolean, failure: string) => string;
  strength: (total: number) => string;
  evidence: (passed: number, total: number) => string;
  /** An admin's reference solution in one language: "Python: 1 of 12 tests fail (why)". */
  referenceFails: (language: string, failed: number, total: number, why: string) => string;
  /** "expected [], got null" (`got` is got(actual)). */
  expectedGot: (expected: string, got: string) => string;
}

const EN: TCodeTestsText = {
  counts: (passed, total, language) => `Passed ${passed} of ${total} tests (${language})`,
  allPassed: (counts) => `${counts}, the large inputs within their time limit.`,
  withFailure: (counts, note, failure) => `${counts}${note ? `: ${note}` : ""}. First failing test: ${failure}.`,
  notes: {
    time_limit: "a test ran past its time limit, so the tests after it did not run",
    memory_limit: "a test ran out of memory, so the tests after it did not run",
    not_allowed: "the code tried something the sandbox does not allow",
    error: "the code did not load (a syntax error, a missing function or a failing top level)",
  },
  failure: (name, hidden, input, expected, got) => `${name}${hidden ? " (hidden)" : ""}: input ${input}, expected ${expected}, ${got}`,
  hiddenFailure: (name, limit) => `${name} (hidden; its input and expected value are not shown)${limit ? `: ${limit}` : ""}`,
  got: (actual) => `got ${actual}`,
  improvement: (name, hidden, failure) => `Make ${name}${hidden ? " (a hidden test)" : ""} pass: ${failure}`,
  strength: (total) => `All ${total} tests pass, hidden edge cases and large inputs included.`,
  evidence: (passed, total) => `${passed}/${total} tests passed`,
  referenceFails: (language, failed, total, why) => `${language}: ${failed} of ${total} tests fail (${why})`,
  expectedGot: (expected, got) => `expected ${expected}, ${got}`,
};

const RU: TCodeTestsText = {
  counts: (passed, total, language) => `Пройдено тестов: ${passed} из ${total} (${language})`,
  allPassed: (counts) => `${counts}; большие входные данные уложились в лимит времени.`,
  withFailure: (counts, note, failure) => `${counts}${note ? `: ${note}` : ""}. Первый непройденный тест: ${failure}.`,
  notes: {
    time_limit: "один из тестов превысил лимит времени, поэтому следующие тесты не запускались",
    memory_limit: "одному из тестов не хватило памяти, поэтому следующие тесты не запускались",
    not_allowed: "код попытался сделать то, что запрещено в песочнице",
    error: "код не загрузился (синтаксическая ошибка, нет нужной функции или ошибка на верхнем уровне)",
  },
  failure: (name, hidden, input, expected, got) => `${name}${hidden ? " (скрытый)" : ""}: вход ${input}, ожидалось ${expected}, ${got}`,
  hiddenFailure: (name, limit) => `${name} (скрытый; его вход и ожидаемое значение не показываются)${limit ? `: ${limit}` : ""}`,
  got: (actual) => `получено ${actual}`,
  improvement: (name, hidden, failure) => `Добейтесь, чтобы ${hidden ? "скрытый тест" : "тест"} ${name} проходил: ${failure}`,
  strength: (total) => `Все тесты (${total}) пройдены, включая скрытые граничные случаи и большие входные данные.`,
  evidence: (passed, total) => `Пройдено тестов: ${passed}/${total}`,
  referenceFails: (language, failed, total, why) => `${language}: не пройдено тестов: ${failed} из ${total} (${why})`,
  expectedGot: (expected, got) => `ожидалось ${expected}, ${got}`,
};

const KO: TCodeTestsText = {
  counts: (passed, total, language) => `테스트 ${total}개 중 ${passed}개 통과 (${language})`,
  allPassed: (counts) => `${counts}, 큰 입력도 시간 제한 안에 처리했습니다.`,
  withFailure: (counts, note, failure) => `${counts}${note ? `: ${note}` : ""}. 첫 번째 실패 테스트: ${failure}.`,
  notes: {
    time_limit: "한 테스트가 시간 제한을 넘겨 이후 테스트는 실행되지 않았습니다",
    memory_limit: "한 테스트에서 메모리가 부족해 이후 테스트는 실행되지 않았습니다",
    not_allowed: "코드가 샌드박스에서 허용되지 않는 작업을 시도했습니다",
    error: "코드를 불러오지 못했습니다(문법 오류, 함수 누락 또는 최상위 코드 오류)",
  },
  failure: (name, hidden, input, expected, got) => `${name}${hidden ? " (숨김)" : ""}: 입력 ${input}, 기대값 ${expected}, ${got}`,
  hiddenFailure: (name, limit) => `${name} (숨김; 입력과 기대값은 표시되지 않음)${limit ? `: ${limit}` : ""}`,
  got: (actual) => `실제값 ${actual}`,
  improvement: (name, hidden, failure) => `${name}${hidden ? " (숨김 테스트)" : ""} 테스트를 통과하도록 고치세요: ${failure}`,
  strength: (total) => `숨김 엣지 케이스와 큰 입력을 포함해 테스트 ${total}개를 모두 통과했습니다.`,
  evidence: (passed, total) => `테스트 ${total}개 중 ${passed}개 통과`,
  referenceFails: (language, failed, total, why) => `${language}: 테스트 ${total}개 중 ${failed}개 실패 (${why})`,
  expectedGot: (expected, got) => `기대값 ${expected}, ${got}`,
};

const TEXTS: Record<TLanguage, TCodeTestsText> = { en: EN, ru: RU, ko: KO };

export function codeTestsText(language: TLanguage = "en"): TCodeTestsText {
  return TEXTS[language];
}

/** Why a run ended early (a limit, a forbidden call, code that did not load), or undefined for a run that finished. */
export function statusNote(status: TRunStatus, language: TLanguage = "en"): string | undefined {
  return status === "passed" || status === "failed" ? undefined : TEXTS[language].notes[status];
}

/** A test's sandbox error in `language` (English as the sandbox wrote it). */
export function runErrorText(error: string, language: TLanguage = "en"): string {
  if (language === "en") return error;
  const t = createTranslator({ locale: language, messages: loadMessages(language), namespace: "code.results" }) as unknown as (key: string, values?: Record<string, string>) => string;
  const { code, values } = runErrorOf(error);
  const text = code === "exception" ? (values.error ?? error) : t(`errors.${code}`, values);
  return values.line ? t("errors.atLine", { error: text, line: values.line }) : text;
}
