import type { TTranslationLanguage } from "@/server/contracts/question-translations";
import { koBehavioral } from "./ko/behavioral";
import { koBehavioralAnswers } from "./ko/behavioral-answers";
import { koCoding } from "./ko/coding";
import { koCodingAnswers } from "./ko/coding-answers";
import { koProductManagement } from "./ko/product-management";
import { koProductManagementAnswers } from "./ko/product-management-answers";
import { koSoftwareEngineering } from "./ko/software-engineering";
import { koSoftwareEngineeringAnswers } from "./ko/software-engineering-answers";
import { ruBehavioral } from "./ru/behavioral";
import { ruBehavioralAnswers } from "./ru/behavioral-answers";
import { ruCoding } from "./ru/coding";
import { ruCodingAnswers } from "./ru/coding-answers";
import { ruProductManagement } from "./ru/product-management";
import { ruProductManagementAnswers } from "./ru/product-management-answers";
import { ruSoftwareEngineering } from "./ru/software-engineering";
import { ruSoftwareEngineeringAnswers } from "./ru/software-engineering-answers";
import type { SeedTranslations } from "./types";

/** Translated sample answers by slug, kept apart from the shorter texts (translated later, track by track). */
export const SEED_SAMPLE_ANSWERS: Record<TTranslationLanguage, Record<string, string>> = {
  ru: { ...ruBehavioralAnswers, ...ruProductManagementAnswers, ...ruSoftwareEngineeringAnswers, ...ruCodingAnswers },
  ko: { ...koBehavioralAnswers, ...koProductManagementAnswers, ...koSoftwareEngineeringAnswers, ...koCodingAnswers },
};

function withSampleAnswers(translations: SeedTranslations, answers: Record<string, string>): SeedTranslations {
  return Object.fromEntries(
    Object.entries(translations).map(([slug, translation]) => [slug, answers[slug] ? { ...translation, sampleAnswer: answers[slug] } : translation]),
  );
}

/** The bank in every language but English, keyed by slug (db/seed/seed-question-translations.ts). */
export const SEED_TRANSLATIONS: Record<TTranslationLanguage, SeedTranslations> = {
  ru: withSampleAnswers({ ...ruBehavioral, ...ruProductManagement, ...ruSoftwareEngineering, ...ruCoding }, SEED_SAMPLE_ANSWERS.ru),
  ko: withSampleAnswers({ ...koBehavioral, ...koProductManagement, ...koSoftwareEngineering, ...koCoding }, SEED_SAMPLE_ANSWERS.ko),
};
