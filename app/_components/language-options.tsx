"use client";

import { LANGUAGE_NATIVE_NAMES, LANGUAGES, LOCALE_COOKIE, type TLanguage } from "@/server/contracts/vocabulary/languages";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** One <option> per language, each named in itself and marked with its own `lang` (screen readers switch voice). */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {LANGUAGE_NATIVE_NAMES[language]}
    </option>
  ));
}

/** The `locale` cookie server/i18n/request.ts reads for visitors; null clears it (follow the browser). */
export function rememberLanguage(language: TLanguage | null): void {
  document.cookie = language ? `${LOCALE_COOKIE}=${language}; path=/; max-age=${ONE_YEAR}; samesite=lax` : `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
}
