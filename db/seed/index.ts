import type { TDatabase } from "@/db";
import { SEED_QUESTIONS } from "./questions";
import { seedQuestions, type SeedResult } from "./seed-questions";

/** Everything every installation needs (not demo data): today, the question bank. */
export async function runSeed(db: TDatabase): Promise<{ questions: SeedResult }> {
  return { questions: await seedQuestions(db, SEED_QUESTIONS) };
}
