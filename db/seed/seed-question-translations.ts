/**
 * Seeds the bank's ru/ko translations (db/seed/questions/translations), keyed by slug and language.
 * Idempotent like the bank: a translation is inserted once, updated when its seed text changes, and
 * never touched again once an admin has edited it (source "admin").
 */
import { inArray, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { questions, questionTranslations } from "@/db/schema";
import type { TTranslationLanguage } from "@/server/contracts/question-translations";
import { takeExcluded } from "./excluded";
import type { SeedTranslations } from "./questions/translations/types";
import type { SeedResult } from "./seed-questions";

export async function seedQuestionTranslations(db: TDatabase, bank: Record<TTranslationLanguage, SeedTranslations>): Promise<SeedResult> {
  const result: SeedResult = { inserted: 0, updated: 0, unchanged: 0 };
  const entries = Object.entries(bank).flatMap(([language, bySlug]) =>
    Object.entries(bySlug).map(([slug, translation]) => ({ language: language as TTranslationLanguage, slug, translation })),
  );
  if (entries.length === 0) return result;
  const rows = await db.select({ id: questions.id, slug: questions.slug }).from(questions).where(inArray(questions.slug, [...new Set(entries.map((entry) => entry.slug))]));
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const values = entries
    .filter((entry) => idOf.has(entry.slug))
    .map(({ language, slug, translation }) => ({
      questionId: idOf.get(slug)!,
      language,
      text: translation.text,
      keyPoints: translation.keyPoints,
      followUps: translation.followUps,
      sampleAnswer: translation.sampleAnswer ?? null,
      source: "seed" as const,
    }));
  if (values.length === 0) return result;
  const written = await db
    .insert(questionTranslations)
    .values(values)
    .onConflictDoUpdate({
      target: [questionTranslations.questionId, questionTranslations.language],
      set: { ...takeExcluded(["text", "keyPoints", "followUps", "sampleAnswer"]), updatedAt: sql`now()` },
      setWhere: sql`${questionTranslations.source} = 'seed' and (
        ${questionTranslations.text}, ${questionTranslations.keyPoints}, ${questionTranslations.followUps}, ${questionTranslations.sampleAnswer}
      ) is distinct from (excluded.text, excluded.key_points, excluded.follow_ups, excluded.sample_answer)`,
    })
    // xmax = 0 marks a freshly inserted row; otherwise the row was updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  for (const row of written) {
    if (row.inserted) result.inserted += 1;
    else result.updated += 1;
  }
  result.unchanged = values.length - written.length;
  return result;
}
