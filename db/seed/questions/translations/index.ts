import type { TTranslationLanguage } from "@/server/contracts/question-translations";
import { koBehavioral } from "./ko/behavioral";
import { koCoding } from "./ko/coding";
import { koProductManagement } from "./ko/product-management";
import { koSoftwareEngineering } from "./ko/software-engineering";
import { ruBehavioral } from "./ru/behavioral";
import { ruCoding } from "./ru/coding";
import { ruProductManagement } from "./ru/product-management";
import { ruSoftwareEngineering } from "./ru/software-engineering";
import type { SeedTranslations } from "./types";

/** The bank in every language but English, keyed by slug (db/seed/seed-question-translations.ts). */
export const SEED_TRANSLATIONS: Record<TTranslationLanguage, SeedTranslations> = {
  ru: { ...ruBehavioral, ...ruProductManagement, ...ruSoftwareEngineering, ...ruCoding },
  ko: { ...koBehavioral, ...koProductManagement, ...koSoftwareEngineering, ...koCoding },
};
