import type { TranslationKeys } from "@zxcvbn-ts/core";

/**
 * zxcvbn's translations with each text replaced by its key in the password-advice catalog
 * ("suggestions.l33t", "warnings.dates"), so the estimator's feedback comes back as keys and the
 * meter words it in the reader's language (zxcvbn itself ships English only).
 */
export function adviceKeys(translations: TranslationKeys): TranslationKeys {
  const keyed = (group: "warnings" | "suggestions") => Object.fromEntries(Object.keys(translations[group]).map((key) => [key, `${group}.${key}`]));
  return { ...translations, warnings: keyed("warnings") as TranslationKeys["warnings"], suggestions: keyed("suggestions") as TranslationKeys["suggestions"] };
}
