/**
 * Form errors in the reader's language: a server message (useErrorText's `errors` catalog), a
 * contract's own form message or the wording of an unworded rule ("required", "at least 3
 * characters": the `form-errors` catalog, server/contracts/form-messages.ts and validation-wording.ts),
 * and the server's "Invalid input — title: required; limit: at least 1" field by field.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { errorTextOf } from "@/server/contracts/error-text";
import { formMessageKey } from "@/server/contracts/form-messages";
import { validationMessageKey, validationSummary } from "@/server/contracts/validation-wording";
import { englishMessageOf, translateErrorText, translateServerMessage, type TCommonWords, type TErrorWords } from "./use-error-text";

/** One message (pure, for hooks and tests): `t` reads `errors`, `tf` `form-errors`, `tc` `common`. */
export function translateErrorMessage(t: TErrorWords, tf: TErrorWords, tc: TCommonWords, message: string): string {
  const parts = validationSummary(message);
  if (parts) {
    const list = parts.map(({ field, message: part }) => {
      const text = translateErrorMessage(t, tf, tc, part);
      return field ? tf("validation.field", { field, message: text }) : text;
    });
    return tf("validation.summary", { list: list.join("; ") });
  }
  const form = formMessageKey(message) ?? validationMessageKey(message);
  return form ? tf(form.key, form.values) : translateServerMessage(t, tc, message, tf);
}

/** Translates one message a form, a field or an action's alert shows. */
export function useFormErrorText(): (message: string) => string {
  const t = useTranslations("errors") as unknown as TErrorWords;
  const tf = useTranslations("form-errors") as unknown as TErrorWords;
  const tc = useTranslations("common");
  return useCallback((message: string) => translateErrorMessage(t, tf, tc, message), [t, tf, tc]);
}

/**
 * A failed request in the reader's language (pure, for hooks and tests): the catalog entry the error
 * names (details.messageKey), else its English message (REST or tRPC) translated as a form's would be.
 */
export function translateFailure(t: TErrorWords, tf: TErrorWords, tc: TCommonWords, error: unknown): string {
  const text = errorTextOf(error);
  return (text && translateErrorText(t, tc, text, tf)) ?? translateErrorMessage(t, tf, tc, englishMessageOf(error));
}

/** A failed request's message in the reader's language: for alerts that show a mutation's or a query's error. */
export function useFailureText(): (error: unknown) => string {
  const t = useTranslations("errors") as unknown as TErrorWords;
  const tf = useTranslations("form-errors") as unknown as TErrorWords;
  const tc = useTranslations("common");
  return useCallback((error: unknown) => translateFailure(t, tf, tc, error), [t, tf, tc]);
}
