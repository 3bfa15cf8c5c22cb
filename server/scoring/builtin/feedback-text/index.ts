/** The feedback catalog for a language: the candidate's interface language, English by default. */
import { EN } from "@/server/scoring/builtin/feedback-text/en";
import { KO } from "@/server/scoring/builtin/feedback-text/ko";
import { RU } from "@/server/scoring/builtin/feedback-text/ru";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

const CATALOGS: Record<TLanguage, TFeedbackText> = { en: EN, ru: RU, ko: KO };

export function feedbackText(language: TLanguage = "en"): TFeedbackText {
  return CATALOGS[language];
}
