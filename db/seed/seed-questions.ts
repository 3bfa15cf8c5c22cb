/**
 * Seeds the built-in question bank. Idempotent: keyed by slug, a question is inserted once,
 * updated in place when its seed text changes, and left untouched (updated_at included) otherwise.
 */
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { auditLog, questions } from "@/db/schema";
import { takeExcluded } from "./excluded";
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
        followUps: q.followUps,
        sampleAnswer: q.sampleAnswer,
        coding: q.coding ?? null,
        source: "seed" as const,
      })),
    )
    .onConflictDoUpdate({
      target: questions.slug,
      set: {
        ...takeExcluded(["track", "level", "text", "tags", "difficulty", "keyPoints", "followUps", "sampleAnswer", "coding"]),
        updatedAt: sql`now()`,
      },
      // Only seeded rows follow the seed, and only when something really changed.
      setWhere: sql`${questions.source} = 'seed' and (
        ${questions.track}, ${questions.level}, ${questions.text}, ${questions.tags},
        ${questions.difficulty}, ${questions.keyPoints}, ${questions.followUps}, ${questions.sampleAnswer}, ${questions.coding}
      ) is distinct from (
        excluded.track, excluded.level, excluded.text, excluded.tags,
        excluded.difficulty, excluded.key_points, excluded.follow_ups, excluded.sample_answer, excluded.coding
      )`,
    })
    // xmax = 0 marks a freshly inserted row; otherwise the row was updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  for (const row of rows) {
    if (row.inserted) result.inserted += 1;
    else result.updated += 1;
  }
  const filled = new Set([
    ...(await fillFollowUpsOfEditedQuestions(db, bank)),
    ...(await fillCodingOfEditedQuestions(db, bank)),
    ...(await fenceCodeOfEditedSampleAnswers(db, bank)),
  ]);
  result.updated += filled.size;
  result.unchanged = bank.length - rows.length - filled.size;
  return result;
}

/** Bank questions (by slug) an admin has edited: the seed's upsert no longer changes them. */
function editedBankQuestion(slugs: string[]) {
  return and(ne(questions.source, "seed"), inArray(questions.slug, slugs));
}

/**
 * A bank question an admin edited left the seed's hands before follow-ups existed, so it has none.
 * It gets the bank's follow-ups, and nothing else from the seed, unless an admin has ever set its
 * follow-ups (the audit log says so): then an empty list is their choice and stays.
 */
async function fillFollowUpsOfEditedQuestions(db: TDatabase, bank: SeedQuestion[]): Promise<string[]> {
  const withFollowUps = bank.filter((q) => q.followUps.length > 0);
  if (withFollowUps.length === 0) return [];
  const edited = await db
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(
      and(
        editedBankQuestion(withFollowUps.map((q) => q.slug)),
        sql`${questions.followUps} = '[]'::jsonb`,
        sql`not exists (
          select 1 from ${auditLog}
          where ${auditLog.targetType} = 'question' and ${auditLog.targetId} = ${questions.id}::text and ${auditLog.after} ? 'followUps'
        )`,
      ),
    );
  const bySlug = new Map(withFollowUps.map((q) => [q.slug, q.followUps]));
  for (const row of edited) {
    await db
      .update(questions)
      .set({ followUps: bySlug.get(row.slug)!, updatedAt: sql`now()` })
      .where(and(eq(questions.id, row.id), sql`${questions.followUps} = '[]'::jsonb`));
  }
  return edited.map((row) => row.id);
}

/**
 * The same for runnable coding specs: a bank coding question an admin edited before specs existed gets
 * the bank's spec once, unless an admin has ever set its coding part (then null is their choice).
 */
async function fillCodingOfEditedQuestions(db: TDatabase, bank: SeedQuestion[]): Promise<string[]> {
  const withCoding = bank.filter((q) => q.coding);
  if (withCoding.length === 0) return [];
  const edited = await db
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(
      and(
        editedBankQuestion(withCoding.map((q) => q.slug)),
        isNull(questions.coding),
        sql`not exists (
          select 1 from ${auditLog}
          where ${auditLog.targetType} = 'question' and ${auditLog.targetId} = ${questions.id}::text and ${auditLog.after} ? 'coding'
        )`,
      ),
    );
  const bySlug = new Map(withCoding.map((q) => [q.slug, q.coding!]));
  for (const row of edited) {
    await db
      .update(questions)
      .set({ coding: bySlug.get(row.slug)!, updatedAt: sql`now()` })
      .where(and(eq(questions.id, row.id), isNull(questions.coding)));
  }
  return edited.map((row) => row.id);
}

const FENCE_LINE = /^```[\w-]*$/;

/** A sample answer without its fence lines, line endings normalised: the text before code was fenced. */
function unfenced(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .filter((line) => !FENCE_LINE.test(line))
    .join("\n")
    .trim();
}

/**
 * The bank's sample answers once held their code unfenced, so markdown collapsed its indentation.
 * Seeded rows get the fenced text from the upsert; a bank question an admin edited gets it too when
 * its sample answer is still the bank's word for word apart from the fences (the admin did not touch it).
 */
async function fenceCodeOfEditedSampleAnswers(db: TDatabase, bank: SeedQuestion[]): Promise<string[]> {
  const fenced = bank.filter((q) => q.sampleAnswer.split("\n").some((line) => FENCE_LINE.test(line)));
  if (fenced.length === 0) return [];
  const rows = await db
    .select({ id: questions.id, slug: questions.slug, sampleAnswer: questions.sampleAnswer })
    .from(questions)
    .where(editedBankQuestion(fenced.map((q) => q.slug)));
  const bySlug = new Map(fenced.map((q) => [q.slug, q.sampleAnswer]));
  const stale = rows.filter((row) => {
    const seed = bySlug.get(row.slug)!;
    return row.sampleAnswer !== seed && !row.sampleAnswer.includes("```") && unfenced(row.sampleAnswer) === unfenced(seed);
  });
  for (const row of stale) {
    await db
      .update(questions)
      .set({ sampleAnswer: bySlug.get(row.slug)!, updatedAt: sql`now()` })
      .where(and(eq(questions.id, row.id), eq(questions.sampleAnswer, row.sampleAnswer)));
  }
  return stale.map((row) => row.id);
}
