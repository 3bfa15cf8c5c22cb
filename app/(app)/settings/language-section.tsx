"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";
import { LanguageOptions, rememberLanguage } from "@/app/_components/language-options";
import { LANGUAGE_NATIVE_NAMES, isLanguage, type TLanguage } from "@/server/contracts/vocabulary/languages";

const FOLLOW_BROWSER = "";

/**
 * The saved interface language (preferences.language). Unlike the header's switcher it can go back to
 * "follow the browser" (null): the page then uses Accept-Language. Saves on change, like the header's.
 */
export function LanguageSection({ saved }: { saved: TLanguage | null }) {
  const t = useTranslations("settings.language");
  const failureText = useFailureText();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState<string>(saved ?? FOLLOW_BROWSER);
  const [refreshing, startTransition] = useTransition();
  const update = api.me.update.useMutation();

  function choose(next: string) {
    const language = isLanguage(next) ? next : null;
    setValue(next);
    // The cookie follows too, so signing out keeps this language (and "follow the browser" drops it).
    rememberLanguage(language);
    update.mutate({ preferences: { language } }, { onSuccess: () => startTransition(() => router.refresh()) });
  }

  return (
    <div className="max-w-md space-y-3">
      <SelectField
        id={id}
        label={t("label")}
        hint={t("hint")}
        value={value}
        disabled={update.isPending || refreshing}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={FOLLOW_BROWSER}>{t("followBrowser", { language: LANGUAGE_NATIVE_NAMES[locale] })}</option>
        <LanguageOptions />
      </SelectField>
      <p role="status" className="text-sm text-slate-700">
        {update.isSuccess && !refreshing ? t("saved") : ""}
      </p>
      {update.isError ? <FormAlert>{failureText(update.error)}</FormAlert> : null}
    </div>
  );
}
