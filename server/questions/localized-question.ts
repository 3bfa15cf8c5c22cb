/**
 * A bank question in one language: each translatable field comes from the translation when it has
 * one, else from English, and the result says which fields fell back. Pure: the database side is
 * translations.ts.
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import { TRANSLATABLE_FIELDS, type TTranslatableField, type TTranslationStatus } from "@/server/contracts/question-translations";

export interface TTranslatableFields {
  text: string;
  keyPoints: string[];
  followUps: TFollowUp[];
  sampleAnswer: string;
}

/** A stored translation: a null field (or an empty text or list) is not translated. */
export type TTranslationFields = { [K in keyof TTranslatableFields]: TTranslatableFields[K] | null };

export type TLocalized<T> = T & { language: TLanguage; fallback: TTranslatableField[] };

function present(value: string | readonly unknown[] | null | undefined): boolean {
  return value !== null && value !== undefined && value.length > 0;
}

/**
 * The fields of `translation` that are missing (all of them when there is no translation). With the
 * English question, a field English leaves empty (a question without follow-ups) is not missing.
 */
export function missingFields(translation: Partial<TTranslationFields> | null | undefined, english?: Partial<TTranslatableFields>): TTranslatableField[] {
  return TRANSLATABLE_FIELDS.filter((field) => !present(translation?.[field]) && (!english || !(field in english) || present(english[field])));
}

export function translationStatus(translation: Partial<TTranslationFields> | null | undefined, english?: Partial<TTranslatableFields>): TTranslationStatus {
  if (!TRANSLATABLE_FIELDS.some((field) => present(translation?.[field]))) return "none";
  return missingFields(translation, english).length === 0 ? "complete" : "partial";
}

/**
 * `question` in `language`: every translatable field `question` carries (a list row may carry only
 * `text`) comes from the translation when it has it; `fallback` names those that stayed English.
 */
export function localizeQuestion<T extends Partial<TTranslatableFields>>(
  question: T,
  language: TLanguage,
  translation: Partial<TTranslationFields> | null | undefined,
): TLocalized<T> {
  if (language === "en") return { ...question, language, fallback: [] };
  const carried = TRANSLATABLE_FIELDS.filter((field) => field in question);
  const localized: T = { ...question };
  for (const field of carried) {
    if (present(translation?.[field])) Object.assign(localized, { [field]: translation![field] });
  }
  return { ...localized, language, fallback: missingFields(translation, question).filter((field) => carried.includes(field)) };
}
