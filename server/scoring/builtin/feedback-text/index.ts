/** The feedback catalog for a language: the candidate's interface language, English by default. */
import { EN } from "@/server/scoring/builtin/feedback-text/en";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

const CATALOGS: Partial<Record<TLanguage, TFeedbackText>> = { en: EN };

export function feedbackText(language: TLanguage = "en"): TFeedbackText {
  return CATALOGS[language] ?? EN;
}
