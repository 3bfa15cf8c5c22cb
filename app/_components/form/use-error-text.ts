/**
 * Error messages in the reader's language: the contracts and the server write English, and the
 * `errors` catalog has each of them (server/contracts/error-messages.ts maps text → key). A message
 * with no entry is shown as written rather than hidden.
 */
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { core } from "zod";
import zodKo from "zod/v4/locales/ko.js";
import zodRu from "zod/v4/locales/ru.js";
import { errorMessageKey } from "@/server/contracts/error-messages";
import { planNameWith } from "@/app/_components/plan-name";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

/** Translates one message; keys are checked against the English catalog by error-messages.test.ts. */
export function useErrorText(): (message: string) => string {
  const t = useTranslations("errors") as unknown as (key: string, values?: Record<string, string | number>) => string;
  const tc = useTranslations("common");
  return useCallback(
    (message: string) => {
      const found = errorMessageKey(message);
      if (!found) return message;
      // "Your Free plan includes…": the plan's English name becomes its name in the reader's language.
      const plan = found.values?.plan;
      return t(found.key, typeof plan === "string" ? { ...found.values, plan: planNameWith(tc, plan) } : found.values);
    },
    [t, tc],
  );
}

/** Zod's own words for rules a schema gives no message of its own (English needs none: it is Zod's default). */
const ZOD_LOCALES: Partial<Record<TLanguage, () => { localeError: core.$ZodErrorMap }>> = { ru: zodRu, ko: zodKo };

/** Parse options for zodResolver: the reader's language for Zod's built-in messages. */
export function useZodParseOptions(): { error: core.$ZodErrorMap } | undefined {
  const locale = useLocale();
  const localeError = ZOD_LOCALES[locale]?.().localeError;
  return localeError ? { error: localeError } : undefined;
}
