/**
 * A rubric dimension's name in the interface language (vocabulary.dimensions), else the rubric's own
 * English label: a dimension added to a rubric later still shows, just untranslated.
 */
import type { TMessages } from "@/server/i18n/messages";

type TDimensionKey = keyof TMessages["vocabulary"]["dimensions"];

/** The "vocabulary" translator, from useTranslations("vocabulary") or getTranslations("vocabulary"). */
interface TVocabularyTranslator {
  (key: `dimensions.${TDimensionKey}`): string;
  has(key: string): boolean;
}

export function dimensionName(tv: TVocabularyTranslator, key: string, fallback: string): string {
  const path = `dimensions.${key}`;
  return tv.has(path) ? tv(path as `dimensions.${TDimensionKey}`) : fallback;
}
