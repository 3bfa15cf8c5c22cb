/**
 * The contracts' own form messages in the reader's language: every message a schema in
 * server/contracts writes is known to errorMessageKey (so FieldError and the form alerts translate
 * it), except the few only an API client meets; each reads the same in English and differently in
 * Russian and Korean, numbers included.
 */
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MAX_CODE_CHARS } from "@/server/contracts/code";
import { CODE_TIME_LIMIT_MS, MAX_TESTS } from "@/server/contracts/coding-spec";
import { errorMessageKey } from "@/server/contracts/error-messages";
import { FORM_MESSAGE_KEYS, formMessageKey } from "@/server/contracts/form-messages";
import { MAX_FOCUS_TAGS, MAX_QUESTIONS } from "@/server/contracts/interviews";
import { MAX_CV_CHARS, MAX_DESCRIPTION_CHARS, MAX_REQUIREMENTS } from "@/server/contracts/job-targets";
import { MAX_FOLLOW_UPS } from "@/server/contracts/vocabulary/follow-ups";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function contractSources(dir = "server/contracts"): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return contractSources(rel);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [fs.readFileSync(path.join(ROOT, rel), "utf8")] : [];
  });
}

/** Met only by API clients (a bad cursor or id, an analysis batch, a score invariant) or examples in docs: English on purpose. */
const API_ONLY = new Set([
  "days is 7, 30 or 90",
  "Give the question (at least 5 characters).",
  "Send at least one item.",
  "Check your inbox to finish.",
  "Name the provider to disconnect.",
  "A provider id has at most 40 characters.",
  "Say which language the code is in (python or javascript).",
  "A language was given without code.",
  "The cursor is not valid; use nextCursor from the previous page.",
  "The job target id must be a UUID.",
  "The interview id must be a UUID.",
  "score must not exceed max",
  "total must equal the scaled sum of the dimension scores",
  // A sandbox outcome, shown by the results table from its run error code (server/contracts/run-errors.ts).
  "Not run: an earlier test ended the run",
]);

function translate(locale: TLanguage, message: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "form-errors" }) as unknown as (key: string, values?: object) => string;
  const found = formMessageKey(message);
  return found ? t(found.key, found.values) : message;
}

/** The messages the contracts build from their limits, as they build them. */
const BUILT = [
  `Code has at most ${MAX_CODE_CHARS.toLocaleString("en-US")} characters.`,
  `At most ${MAX_TESTS.examples} visible examples.`,
  `At most ${MAX_TESTS.hidden} hidden tests.`,
  `The time limit is at least ${CODE_TIME_LIMIT_MS.min} ms.`,
  `The time limit is at most ${CODE_TIME_LIMIT_MS.max} ms.`,
  "Another test is already named “basic”.",
  `At most ${MAX_QUESTIONS} questions per interview.`,
  `Choose at most ${MAX_FOCUS_TAGS} focus tags.`,
  `An answer has at most ${MAX_ANSWER_CHARS} characters.`,
  `A draft has at most ${MAX_ANSWER_CHARS} characters.`,
  `A job description has at most ${MAX_DESCRIPTION_CHARS.toLocaleString("en-US")} characters.`,
  `A CV has at most ${MAX_CV_CHARS.toLocaleString("en-US")} characters.`,
  `At most ${MAX_REQUIREMENTS} requirements.`,
  `At most ${MAX_FOLLOW_UPS} follow-ups.`,
  `A transcript has at most ${MAX_ANSWER_CHARS} characters.`,
  'Follow-up 2: "design" is not a dimension of this track\'s rubric (depth, clarity).',
];

describe("form messages", () => {
  const code = contractSources().join("\n");

  it("knows every message a contract writes for a form", () => {
    const literals = [...code.matchAll(/(?:error|message): "([^"]+)"/g)].map((match) => match[1]!);
    expect(literals.length).toBeGreaterThan(40);
    const unknown = literals.filter((message) => !API_ONLY.has(message) && !/Error: /.test(message) && errorMessageKey(message) === null && formMessageKey(message) === null);
    expect(unknown).toEqual([]);
  });

  it.each(Object.keys(FORM_MESSAGE_KEYS))("%s is still what a contract writes", (english) => {
    expect(code).toContain(JSON.stringify(english));
  });

  it.each([...Object.keys(FORM_MESSAGE_KEYS), ...BUILT])("%s reads the same in English and is translated in ru and ko", (english) => {
    // The catalog formats numbers per locale: "10000" reads "10,000" in English.
    expect(translate("en", english).replace(/,(\d{3})/g, "$1")).toBe(english.replace(/,(\d{3})/g, "$1"));
    for (const locale of ["ru", "ko"] as const) {
      const text = translate(locale, english);
      expect(text).not.toBe(english);
      expect(text).not.toMatch(/\b(at most|at least|characters|Write|Give|Add|Choose)\b/);
    }
  });

  it("declines the numbers in Russian and formats them per locale", () => {
    expect(translate("ru", `An answer has at most ${MAX_ANSWER_CHARS} characters.`)).toBe("Ответ — не более 10\u00a0000 символов.");
    expect(translate("ru", "At most 4 follow-ups.")).toBe("Не более 4 уточняющих вопросов.");
    expect(translate("ru", "At most 21 requirements.")).toBe("Не более 21 требования.");
    expect(translate("ko", `Code has at most ${MAX_CODE_CHARS.toLocaleString("en-US")} characters.`)).toBe("코드는 최대 100,000자입니다.");
  });
});
