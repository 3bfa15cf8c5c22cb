/** Which bank questions have a complete translation in a language, as SQL for the admin list's filter and badges. */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questions, questionTranslations } from "@/db/schema";
import { TRANSLATION_LANGUAGES, type TTranslationLanguage, type TTranslationStatus } from "@/server/contracts/question-translations";
import { translationStatus } from "./localized-question";

/** True for a question whose translation into `language` has every field (the filter "missing translation" negates it). */
export function hasCompleteTranslation(language: TTranslationLanguage) {
  return sql<boolean>`exists (
    select 1 from ${questionTranslations} t
    where t.question_id = ${questions.id} and t.language = ${language}
      and coalesce(t.text, '') <> '' and coalesce(cardinality(t.key_points), 0) > 0
      and (coalesce(jsonb_array_length(t.follow_ups), 0) > 0 or jsonb_array_length(${questions.followUps}) = 0)
      and coalesce(t.sample_answer, '') <> ''
  )`;
}

/** Each question's translation status per language (none when there is no row). */
export async function translationStatuses(db: TDbOrTx, questionIds: readonly string[]): Promise<Map<string, Record<TTranslationLanguage, TTranslationStatus>>> {
  const byQuestion = new Map<string, Record<TTranslationLanguage, TTranslationStatus>>();
  for (const id of questionIds) byQuestion.set(id, Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [language, "none"])) as Record<TTranslationLanguage, TTranslationStatus>);
  if (questionIds.length === 0) return byQuestion;
  const rows = await db
    .select({ translation: questionTranslations, englishFollowUps: questions.followUps })
    .from(questionTranslations)
    .innerJoin(questions, eq(questions.id, questionTranslations.questionId))
    .where(and(inArray(questionTranslations.questionId, [...questionIds]), inArray(questionTranslations.language, [...TRANSLATION_LANGUAGES])));
  for (const { translation, englishFollowUps } of rows) {
    const statuses = byQuestion.get(translation.questionId);
    if (statuses && translation.language !== "en") statuses[translation.language] = translationStatus(translation, { followUps: englishFollowUps });
  }
  return byQuestion;
}

/** One question's stored translation into `language`, or undefined. */
export async function storedTranslation(db: TDbOrTx, questionId: string, language: TTranslationLanguage) {
  const [row] = await db
    .select()
    .from(questionTranslations)
    .where(and(eq(questionTranslations.questionId, questionId), eq(questionTranslations.language, language)));
  return row;
}
