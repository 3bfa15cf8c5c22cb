/** Reading bank questions in a language: one query for the translations of a page of questions. */
import { and, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questionTranslations } from "@/db/schema";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { localizeQuestion, type TLocalized, type TTranslatableFields, type TTranslationFields } from "./localized-question";

/** The stored translations of these questions into `language`, by question id (none for English). */
export async function loadTranslations(db: TDbOrTx, questionIds: readonly string[], language: TLanguage): Promise<Map<string, TTranslationFields>> {
  const byQuestion = new Map<string, TTranslationFields>();
  const ids = [...new Set(questionIds)];
  if (language === "en" || ids.length === 0) return byQuestion;
  const rows = await db
    .select({
      questionId: questionTranslations.questionId,
      text: questionTranslations.text,
      keyPoints: questionTranslations.keyPoints,
      followUps: questionTranslations.followUps,
      sampleAnswer: questionTranslations.sampleAnswer,
    })
    .from(questionTranslations)
    .where(and(eq(questionTranslations.language, language), inArray(questionTranslations.questionId, ids)));
  for (const { questionId, ...fields } of rows) byQuestion.set(questionId, fields);
  return byQuestion;
}

/** Each row (with its question id under `idOf`) in `language`, English field by field where a translation is missing. */
export async function localizeRows<T extends Partial<TTranslatableFields>>(
  db: TDbOrTx,
  rows: readonly T[],
  language: TLanguage,
  idOf: (row: T) => string,
): Promise<TLocalized<T>[]> {
  const translations = await loadTranslations(db, rows.map(idOf), language);
  return rows.map((row) => localizeQuestion(row, language, translations.get(idOf(row))));
}

/** One question's fields in `language` (see localizeRows). */
export async function localizeOne<T extends Partial<TTranslatableFields>>(db: TDbOrTx, questionId: string, fields: T, language: TLanguage): Promise<TLocalized<T>> {
  const [localized] = await localizeRows(db, [fields], language, () => questionId);
  return localized!;
}
