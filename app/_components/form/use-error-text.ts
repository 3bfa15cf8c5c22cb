/**
 * Error messages in the reader's language: the contracts and the server write English, and the
 * `errors` catalog has each of them (server/contracts/error-messages.ts maps text → key). A message
 * with no entry is shown as written rather than hidden. Forms add the `form-errors` catalog
 * (./use-form-error-text.ts), which every page's shell does not carry.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { core } from "zod";
import { errorMessageKey } from "@/server/contracts/error-messages";
import { errorTextOf, type TErrorText } from "@/server/contracts/error-text";
import { issueMessage } from "@/server/contracts/issue-wording";
import { planNameWith } from "@/app/_components/plan-name";
import { messageOf } from "@/app/_components/use-form-errors";

export type TErrorWords = (key: string, values?: Record<string, string | number>) => string;
export type TCommonWords = Parameters<typeof planNameWith>[0];

/**
 * One message from the catalogs (pure, for hooks and tests): keys are checked against the English
 * catalog by error-messages.test.ts; `tf` is the `form-errors` catalog where the page has it.
 */
export function translateServerMessage(t: TErrorWords, tc: TCommonWords, message: string, tf?: TErrorWords): string {
  const found = errorMessageKey(message);
  return (found && translateErrorText(t, tc, { messageKey: found.key, messageValues: found.values }, tf)) ?? message;
}

/**
 * The catalog entry a server error names (details.messageKey, server/contracts/error-text.ts) with its
 * values. A `server.` key lives in `form-errors` (pages with forms and the admin console read it; the
 * shell every page loads stays small), any other in the shell's `errors`; null when this page lacks the catalog.
 */
export function translateErrorText(t: TErrorWords, tc: TCommonWords, { messageKey, messageValues }: TErrorText, tf?: TErrorWords): string | null {
  const words = messageKey.startsWith("server.") ? tf : t;
  if (!words) return null;
  // "Your Free plan includes…": the plan's English name becomes its name in the reader's language.
  const plan = messageValues?.plan;
  return words(messageKey, typeof plan === "string" ? { ...messageValues, plan: planNameWith(tc, plan) } : messageValues);
}

/** Translates one server message (AppErrors, rate limits, quota); forms use useFormErrorText. */
export function useErrorText(): (message: string) => string {
  const t = useTranslations("errors") as unknown as TErrorWords;
  const tc = useTranslations("common");
  return useCallback((message: string) => translateServerMessage(t, tc, message), [t, tc]);
}

/** A REST error body's English message (`{ error: { message } }`), else a tRPC error's (messageOf). */
export function englishMessageOf(error: unknown): string {
  const rest = (error as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof rest === "string" ? rest : messageOf(error);
}

/**
 * A failed call's message (the catalog entry its details name, else its English message), a tRPC
 * error or a REST error body, with the shell's catalogs only, for pages that load no `form-errors`
 * (pricing); forms use useFailureText.
 */
export function useServerFailureText(): (error: unknown) => string {
  const t = useTranslations("errors") as unknown as TErrorWords;
  const tc = useTranslations("common");
  return useCallback(
    (error: unknown) => {
      const text = errorTextOf(error);
      return (text && translateErrorText(t, tc, text)) ?? translateServerMessage(t, tc, englishMessageOf(error));
    },
    [t, tc],
  );
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
