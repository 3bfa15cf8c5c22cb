/**
 * Validation wording in the reader's language: what issueMessage writes for rules a schema leaves
 * unworded (the server's 400s, and the web forms' own check, which now uses the same wording instead of
 * Zod's locales) is read back into `errors.validation.*` and shown in Russian and Korean; English
 * reads exactly as the server wrote it. The server's "Invalid input — a: x; b: y" is translated part by part.
 */
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueMessage } from "@/server/contracts/issue-wording";
import { validationMessageKey } from "@/server/contracts/validation-wording";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { translateErrorMessage } from "./use-form-error-text";

function translate(locale: TLanguage, message: string): string {
  const messages = loadMessages(locale);
  type TWords = (key: string, values?: Record<string, string | number>) => string;
  const t = createTranslator({ locale, messages, namespace: "errors" }) as unknown as TWords;
  const tf = createTranslator({ locale, messages, namespace: "form-errors" }) as unknown as TWords;
  const tc = createTranslator({ locale, messages, namespace: "common" });
  return translateErrorMessage(t, tf, tc, message);
}

/** Every kind of issue issueMessage words, as the browser's zodResolver (and the server) words it. */
const SCHEMA = z.object({
  name: z.string(),
  title: z.string().min(1),
  summary: z.string().min(3),
  code: z.string().max(1),
  tags: z.array(z.string()).min(2),
  few: z.array(z.string()).max(1),
  limit: z.number().min(1),
  ratio: z.number().gt(0),
  cap: z.number().lt(10),
  age: z.number().int(),
  flag: z.boolean(),
  days: z.union([z.literal(7), z.literal(30)]),
  kind: z.enum(["a", "b"]),
  only: z.literal("x"),
  email: z.email(),
  url: z.url(),
  id: z.uuid(),
  slug: z.string().regex(/^[a-z]+$/),
  step: z.number().multipleOf(5),
  list: z.array(z.number()),
  when: z.date(),
});
const BAD = { title: "", summary: "ab", code: "toolong", tags: ["a"], few: ["a", "b"], limit: 0, ratio: 0, cap: 10, age: 1.5, flag: "yes", days: 3, kind: "c", only: "y", email: "no", url: "no", id: "no", slug: "NO", step: 3, list: "x", when: "x" };

const issues = () => {
  const result = SCHEMA.strict().safeParse({ ...BAD, extra: 1, other: 2 }, { error: issueMessage as z.core.$ZodErrorMap });
  return result.success ? [] : result.error.issues;
};

// What would give away an untranslated message in Russian or Korean (type names and values are allowed).
const ENGLISH = /\b(required|expected|at least|at most|more than|less than|characters?|items?|must|one of|valid|format|unknown|fields?|multiple|Invalid)\b/;

describe("validation wording", () => {
  it("reads back every message the forms and the server write for unworded rules", () => {
    const found = issues();
    expect(found.length).toBeGreaterThanOrEqual(20);
    for (const issue of found) expect(validationMessageKey(issue.message), `${issue.path.join(".")}: ${issue.message}`).not.toBeNull();
  });

  it("keeps English exactly as written", () => {
    for (const { message } of issues()) expect(translate("en", message)).toBe(message);
    expect(translate("en", "Invalid input — name: required; limit: at least 1")).toBe("Invalid input — name: required; limit: at least 1");
  });

  it.each(["ru", "ko"] as const)("speaks %s for every unworded rule", (locale) => {
    for (const { message, path } of issues()) {
      const text = translate(locale, message);
      expect(text, `${path.join(".")}: ${message}`).not.toMatch(ENGLISH);
    }
  });

  const EXPECTED: Record<"ru" | "ko", Record<string, string>> = {
    ru: { "at least 3 characters": "не менее 3 символов", "at least 1 character": "не менее 1 символа", "at most 21 items": "не более 21 элемента", "more than 0": "более 0", required: "обязательное поле", "expected a number": "ожидается число", "not a valid email": "некорректный адрес электронной почты", "unknown fields: extra, other": "неизвестные поля: extra, other" },
    ko: { "at least 3 characters": "3자 이상이어야 합니다", "less than 10": "10 미만이어야 합니다", required: "필수 항목입니다", "expected a string": "문자열 값이어야 합니다", 'one of: "a", "b"': '다음 중 하나여야 합니다: "a", "b"' },
  };

  it.each(["ru", "ko"] as const)("words the rules in %s, numbers declined", (locale) => {
    for (const [english, expected] of Object.entries(EXPECTED[locale])) expect(translate(locale, english), english).toBe(expected);
  });

  it("translates the server's summary field by field, schemas' own messages included", () => {
    expect(translate("ru", "Invalid input — name: required; email: Enter a valid email address, like name@example.com.")).toBe(
      "Некорректные данные — name: обязательное поле; email: " + translate("ru", "Enter a valid email address, like name@example.com."),
    );
    expect(translate("ko", "Invalid input — limit: at least 1")).toBe("입력값이 올바르지 않습니다 — limit: 1 이상이어야 합니다");
  });

  it("leaves a message it does not know as written", () => {
    expect(translate("ru", "Something nobody mapped.")).toBe("Something nobody mapped.");
  });
});

describe("failed requests on the pages", () => {
  const ROOT = path.resolve(import.meta.dirname, "../../..");
  /** Files that keep messageOf's English on purpose, because the text is translated where it is shown. */
  const TRANSLATED_WHERE_SHOWN: Record<string, string> = {
    "app/_components/use-form-errors.ts": "defines it",
    "app/_components/form/use-form-error-text.ts": "useFailureText wraps it",
    "app/_components/form/use-error-text.ts": "useServerFailureText wraps it",
    "app/(app)/practice/[id]/use-draft.ts": "answer-form.tsx translates the refused draft's message",
    "app/(app)/practice/[id]/stale-answer-notice.tsx": "shown through useErrorText",
    "app/_components/admin/question-form.tsx": "the form alert and fields translate it",
    "app/(auth)/verify-email/verify-email.tsx": "shown through useErrorText",
  };
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return files(rel);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
    });

  it("shows a server's message only through the errors catalog (useFailureText, useErrorText)", () => {
    const raw = files("app").filter((file) => {
      if (TRANSLATED_WHERE_SHOWN[file]) return false;
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      return /(?<!errorText\()messageOf\(/.test(source);
    });
    expect(raw).toEqual([]);
  });

  it("renders no failed call's own English message as is ({mutation.error.message})", () => {
    const raw = files("app").filter((file) => file.endsWith(".tsx") && /\{[\w.?]*error\??\.message(\s*\|\|[^}]*)?\}/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(raw).toEqual([]);
  });
});

