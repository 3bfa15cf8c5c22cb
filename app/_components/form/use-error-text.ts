/**
 * Error messages in the reader's language: the contracts and the server write English, and the
 * `errors` catalog has each of them (server/contracts/error-messages.ts maps text → key; the wording
 * of unworded rules, server/contracts/issue-wording.ts, is read back by validation-wording.ts). A
 * message with no entry is shown as written rather than hidden.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { core } from "zod";
import { errorMessageKey } from "@/server/contracts/error-messages";
import { issueMessage } from "@/server/contracts/issue-wording";
import { validationSummary } from "@/server/contracts/validation-wording";
import { planNameWith } from "@/app/_components/plan-name";
import { messageOf } from "@/app/_components/use-form-errors";

type TErrorWords = (key: string, values?: Record<string, string | number>) => string;
type TCommonWords = Parameters<typeof planNameWith>[0];

/** One message in the catalog's language (pure, for hooks and tests): keys are checked against the English catalog by error-messages.test.ts. */
export function translateErrorMessage(t: TErrorWords, tc: TCommonWords, message: string): string {
  // "Invalid input — title: required; limit: at least 1": each field's message in the reader's language.
  const parts = validationSummary(message);
  if (parts) {
    const list = parts.map(({ field, message: part }) => {
      const text = translateErrorMessage(t, tc, part);
      return field ? t("validation.field", { field, message: text }) : text;
    });
    return t("validation.summary", { list: list.join("; ") });
  }
  const found = errorMessageKey(message);
  if (!found) return message;
  // "Your Free plan includes…": the plan's English name becomes its name in the reader's language.
  const plan = found.values?.plan;
  return t(found.key, typeof plan === "string" ? { ...found.values, plan: planNameWith(tc, plan) } : found.values);
}

/** Translates one message. */
export function useErrorText(): (message: string) => string {
  const t = useTranslations("errors") as unknown as TErrorWords;
  const tc = useTranslations("common");
  return useCallback((message: string) => translateErrorMessage(t, tc, message), [t, tc]);
}

/** A failed request's message (messageOf) in the reader's language: for alerts that show a mutation's or a query's error. */
export function useFailureText(): (error: unknown) => string {
  const errorText = useErrorText();
  return useCallback((error: unknown) => errorText(messageOf(error)), [errorText]);
}

/**
 * Parse options for zodResolver: the server's own wording for rules a schema gives no message of its
 * own ("required", "at least 3 characters"), which FieldError then shows in the reader's language;
 * Zod's locales would leak type names ("ожидалось, что string будет иметь >=3 символа").
 */
export function useZodParseOptions(): { error: core.$ZodErrorMap } {
  return ZOD_PARSE_OPTIONS;
}

const ZOD_PARSE_OPTIONS: { error: core.$ZodErrorMap } = { error: issueMessage as core.$ZodErrorMap };
