/**
 * The languages Rehearse speaks: interface, question bank, scoring and email. Declared once; the
 * database column, the Zod schemas, next-intl's locale list and the language switcher derive from it.
 * Adding a language starts here (see the README's "Languages" section).
 */
import { z } from "zod";

export const LANGUAGES = ["en", "ru", "ko"] as const;
export const ZLanguageSchema = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguageSchema>;

/** What a visitor gets when neither a saved preference nor Accept-Language names a language we have. */
export const DEFAULT_LANGUAGE: TLanguage = "en";

/** Each language's own name for itself, as the switcher shows it (never translated). */
export const LANGUAGE_NATIVE_NAMES: Record<TLanguage, string> = {
  en: "English",
  ru: "Русский",
  ko: "한국어",
};

/** The cookie the language switcher sets (a visitor's choice; a signed-in user's is saved to the account too). */
export const LOCALE_COOKIE = "locale";

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
