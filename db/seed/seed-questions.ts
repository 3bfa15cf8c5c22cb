/**
 * Seeds the built-in question bank. Idempotent: keyed by slug, a question is inserted once,
 * updated in place when its seed text changes, and left untouched (updated_at included) otherwise.
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { questions } from "@/db/schema";
import type { SeedQuestion } from "./questions/types";

export interface SeedResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function seedQuestions(db: TDatabase, bank: SeedQuestion[]): Promise<SeedResult> {
  const result: SeedResult = { inserted: 0, updated: 0, unchanged: 0 };
  if (bank.length === 0) return result;
  const rows = await db
    .insert(questions)
    .values(
      bank.map((q) => ({
        slug: q.slug,
        track: q.track,
        level: q.level,
        text: q.text,
        tags: q.tags,
        difficulty: q.difficulty,
        keyPoints: q.keyPoints,
        sampleAnswer: q.sampleAnswer,
        source: "seed" as const,
      })),
    )
    .onConflictDoUpdate({
      target: questions.slug,
      set: {
        track: sql`excluded.track`,
        level: sql`excluded.level`,
        text: sql`excluded.text`,
        tags: sql`excluded.tags`,
        difficulty: sql`excluded.difficulty`,
        keyPoints: sql`excluded.key_points`,
        sampleAnswer: sql`excluded.sample_answer`,
        updatedAt: sql`now()`,
      },
      // Only seeded rows follow the seed, and only when something really changed.
      setWhere: sql`${questions.source} = 'seed' and (
        ${questions.track}, ${questions.level}, ${questions.text}, ${questions.tags},
        ${questions.difficulty}, ${questions.keyPoints}, ${questions.sampleAnswer}
      ) is distinct from (
        excluded.track, excluded.level, excluded.text, excluded.tags,
        excluded.difficulty, excluded.key_points, excluded.sample_answer
      )`,
    })
    // xmax = 0 marks a freshly inserted row; otherwise the row was updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  for (const row of rows) {
    if (row.inserted) result.inserted += 1;
    else result.updated += 1;
  }
  result.unchanged = bank.length - rows.length;
  return result;
}
