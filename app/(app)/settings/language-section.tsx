"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, LOCALE_COOKIE, isLanguage, type TLanguage } from "@/server/contracts/vocabulary/languages";

const FOLLOW_BROWSER = "";

/**
 * The saved interface language (preferences.language). Unlike the header's switcher it can go back to
 * "follow the browser" (null): the page then uses Accept-Language. Saves on change, like the header's.
 */
export function LanguageSection({ saved }: { saved: TLanguage | null }) {
  const t = useTranslations("settings.language");
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
    document.cookie = language ? `${LOCALE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax` : `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
    update.mutate({ preferences: { language } }, { onSuccess: () => startTransition(() => router.refresh()) });
  }

  return (
    <div className="space-y-3">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {t("label")}
      </label>
      <select
        id={id}
        value={value}
        disabled={update.isPending || refreshing}
        aria-describedby={`${id}-hint`}
        onChange={(event) => choose(event.target.value)}
        className="block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 disabled:cursor-wait"
      >
        <option value={FOLLOW_BROWSER}>{t("followBrowser", { language: LANGUAGE_NATIVE_NAMES[locale] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NATIVE_NAMES[language]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <p role="status" className="text-sm text-slate-700">
        {update.isSuccess && !refreshing ? t("saved") : ""}
      </p>
      {update.isError ? <FormAlert>{messageOf(update.error)}</FormAlert> : null}
    </div>
  );
}
