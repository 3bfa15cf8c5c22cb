import { useLocale, useTranslations } from "next-intl";
import type { TTranslatableField } from "@/server/contracts/question-translations";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

/**
 * Words stored in one language and shown under an interface in another: an interview keeps the
 * language it was started in (db/schema/interviews.ts), a score the language its words were written
 * in. Such text carries its own `lang` (screen readers pronounce it as written, WCAG 3.1.2), and one
 * line says why it is not in the reader's language.
 */

/** The language a question's text is in: the interview's, or English where it has no translation yet. */
export function questionTextLanguage(question: { fallback: readonly TTranslatableField[] }, interviewLanguage: TLanguage): TLanguage {
  return question.fallback.includes("text") ? "en" : interviewLanguage;
}

/** Which stored text a note speaks of: its message (interview.language) and the test id it carries. */
const NOTES = {
  interview: { message: "otherLanguage", testId: "interview-language-note" },
  score: { message: "scoreWrittenIn", testId: "score-language-note" },
} as const;

/**
 * "This interview is in English, the language it was started in…" or "This feedback is in English,
 * your language when the answer was scored": shown only when that is not the page's language.
 */
export function LanguageNote({ of, language, className }: { of: keyof typeof NOTES; language: TLanguage; className: string }) {
  const t = useTranslations("interview.language");
  if (useLocale() === language) return null;
  return (
    <p className={`text-sm text-slate-700 ${className}`} data-testid={NOTES[of].testId}>
      {t(NOTES[of].message, { language })}
    </p>
  );
}
