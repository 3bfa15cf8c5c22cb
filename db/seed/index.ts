import type { TDatabase } from "@/db";
import { SEED_QUESTIONS } from "./questions";
import { SEED_TRANSLATIONS } from "./questions/translations";
import { seedQuestionTranslations } from "./seed-question-translations";
import { seedQuestions, type SeedResult } from "./seed-questions";

/** Everything every installation needs (not demo data): today, the question bank and its translations. */
export async function runSeed(db: TDatabase): Promise<{ questions: SeedResult; translations: SeedResult }> {
  const questions = await seedQuestions(db, SEED_QUESTIONS);
  return { questions, translations: await seedQuestionTranslations(db, SEED_TRANSLATIONS) };
}
