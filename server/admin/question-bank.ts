/** The question bank as admins see it: search, edit, deactivate, usage and average score, import/export. */
import { and, asc, eq, ilike, inArray, isNotNull, ne, not, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { TDatabase, TDbOrTx } from "@/db";
import { answers, questions, scores } from "@/db/schema";
import { AppError } from "@/server/errors";
import { followUpDimensionProblem, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { ZQuestionInputSchema, type TQuestionInput } from "@/server/contracts/admin";
import { hasCompleteTranslation, translationStatuses } from "@/server/questions/translation-status";
import type { TTranslationLanguage } from "@/server/contracts/question-translations";
import { audit, type TActor } from "./audit";
import { assertReferencePasses, type TReaderLanguage } from "./coding-spec";


/** A follow-up's dimension must belong to its question's track, which the object schema alone cannot check. */
function assertFollowUpDimensions(track: TTrack, followUps: readonly TFollowUp[] | undefined, importItem?: number) {
  const problem = followUps ? followUpDimensionProblem(track, followUps) : null;
  if (!problem) return;
  const [path, message] = importItem === undefined ? [problem.path, problem.message] : [`${importItem}.${problem.path}`, `Item ${importItem}: ${problem.message}`];
  throw new AppError("VALIDATION_ERROR", message, { fields: { [path]: problem.message } });
}

export async function searchQuestions(
  db: TDatabase,
  filter: { query?: string; track?: TTrack; level?: TLevel; active?: boolean; missingTranslation?: TTranslationLanguage; limit: number; offset: number },
) {
  // Questions written for one candidate's job (source job_ai) are theirs, not the bank's.
  const where: SQL[] = [ne(questions.source, "job_ai")];
  if (filter.track) where.push(eq(questions.track, filter.track));
  if (filter.level) where.push(eq(questions.level, filter.level));
  if (filter.active !== undefined) where.push(eq(questions.active, filter.active));
  if (filter.missingTranslation) where.push(not(hasCompleteTranslation(filter.missingTranslation)));
  if (filter.query) {
    const pattern = `%${filter.query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(questions.text, pattern), ilike(questions.slug, pattern), sql`${filter.query.toLowerCase()} = any(${questions.tags})`)!);
  }
  // Usage and average score come from a grouped subquery, so the page costs one query whatever its size.
  const usage = db
    .select({
      questionId: answers.questionId,
      uses: sql<number>`count(distinct ${answers.interviewId})::int`.as("uses"),
      averageScore: sql<number | null>`round(avg(${scores.total}))::int`.as("average_score"),
    })
    .from(answers)
    .leftJoin(scores, eq(scores.answerId, answers.id))
    .groupBy(answers.questionId)
    .as("usage");
  const rows = await db
    .select({ question: questions, uses: usage.uses, averageScore: usage.averageScore, total: sql<number>`count(*) over ()::int` })
    .from(questions)
    .leftJoin(usage, eq(usage.questionId, questions.id))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(questions.track), asc(questions.level), asc(questions.slug))
    .limit(filter.limit)
    .offset(filter.offset);
  const translations = await translationStatuses(db, rows.map((row) => row.question.id));
  return {
    total: rows[0]?.total ?? 0,
    questions: rows.map((row) => ({
      translations: translations.get(row.question.id)!,
      ...row.question,
      createdAt: row.question.createdAt.toISOString(),
      updatedAt: row.question.updatedAt.toISOString(),
      uses: row.uses ?? 0,
      averageScore: row.averageScore ?? null,
    })),
  };
}

export async function createQuestion(db: TDatabase, actor: TActor, input: TQuestionInput, source: "admin" | "ai_draft" = "admin") {
  assertFollowUpDimensions(input.track, input.followUps);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(questions).values({ ...input, source }).onConflictDoNothing({ target: questions.slug }).returning();
    if (!row) throw new AppError("CONFLICT", `A question with the slug "${input.slug}" already exists.`, { fields: { slug: "taken" } }).withText("server.slugTaken", { slug: input.slug });
    await audit(tx, actor, { action: "question.create", targetType: "question", targetId: row.id, after: input });
    return row;
  });
}

/** The spec an activation must check: an inactive coding question being made active (null otherwise). */
function specToCheck(before: { active: boolean; coding: TCodingSpec | null }, input: Partial<TQuestionInput>): TCodingSpec | null {
  return input.active === true && !before.active && before.coding ? before.coding : null;
}

export async function updateQuestion(db: TDatabase, actor: TActor, id: string, input: Partial<TQuestionInput>, language: TReaderLanguage = "en") {
  // Candidates only get a coding question whose reference solutions pass all of its tests. The run takes
  // seconds: before the transaction, so the row is not locked and no connection held meanwhile; a spec
  // changed between this read and the lock is checked again under it.
  const [current] = input.active === true ? await db.select({ active: questions.active, coding: questions.coding }).from(questions).where(eq(questions.id, id)) : [];
  const early = current ? specToCheck(current, input) : null;
  if (early) await assertReferencePasses(early, "activate", language);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(questions).where(eq(questions.id, id)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "Question not found.");
    // A new track needs follow-ups that probe its rubric: the kept ones are checked as well as new ones.
    if (input.followUps || (input.track && input.track !== before.track)) assertFollowUpDimensions(input.track ?? before.track, input.followUps ?? before.followUps);
    const spec = specToCheck(before, input);
    if (spec && JSON.stringify(spec) !== JSON.stringify(early)) await assertReferencePasses(spec, "activate", language);
    // An admin edit takes the question out of the seed's hands, so the next start does not undo it.
    const [after] = await tx
      .update(questions)
      .set({ ...input, source: before.source === "seed" ? "admin" : before.source, updatedAt: sql`now()` })
      .where(eq(questions.id, id))
      .returning();
    await audit(tx, actor, {
      action: input.active === false ? "question.deactivate" : input.active === true && !before.active ? "question.activate" : "question.update",
      targetType: "question",
      targetId: id,
      before: pickChanged(before, input),
      after: input,
    });
    return after!;
  });
}

function pickChanged(before: Record<string, unknown>, input: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(input).map((key) => [key, before[key]]));
}

export async function exportQuestions(db: TDatabase) {
  const rows = await db.select().from(questions).where(ne(questions.source, "job_ai")).orderBy(asc(questions.slug));
  return rows.map(({ slug, track, level, text, tags, difficulty, keyPoints, followUps, sampleAnswer, active }) => ({ slug, track, level, text, tags, difficulty, keyPoints, followUps, sampleAnswer, active }));
}

/** Upserts by slug, validating every item first: one bad item imports nothing. */
export async function importQuestions(db: TDatabase, actor: TActor, items: unknown, language: TReaderLanguage = "en") {
  const parsed = z.array(ZQuestionInputSchema).max(2000).safeParse(items);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("VALIDATION_ERROR", `Item ${String(issue?.path[0] ?? "?")}: ${issue?.path.slice(1).join(".")} ${issue?.message}`.trim(), {
      fields: { [issue?.path.join(".") ?? "body"]: issue?.message ?? "invalid" },
    });
  }
  parsed.data.forEach((item, index) => assertFollowUpDimensions(item.track, item.followUps, index));
  // The reference runs take seconds: first without locks, then, under the lock, only a spec that changed meanwhile.
  const checked = await assertImportActivations(db, parsed.data, language, new Map());
  return db.transaction(async (tx) => {
    await assertImportActivations(tx, parsed.data, language, checked, { lock: true });
    let created = 0;
    let updated = 0;
    for (const item of parsed.data) {
      const [row] = await tx
        .insert(questions)
        .values({ ...item, source: "admin" })
        .onConflictDoUpdate({ target: questions.slug, set: { ...item, source: "admin", updatedAt: sql`now()` } })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      if (row?.inserted) created += 1;
      else updated += 1;
    }
    await audit(tx, actor, { action: "question.import", targetType: "question", after: { created, updated } });
    return { created, updated };
  });
}

/**
 * An import that would activate an inactive coding question is held to the same rule as the Activate
 * button. Returns the specs it checked by slug; a spec in `checked` unchanged since is not run again.
 */
async function assertImportActivations(db: TDbOrTx, items: TQuestionInput[], language: TReaderLanguage, checked: Map<string, string>, options: { lock?: boolean } = {}) {
  const activating = items.filter((item) => item.active).map((item) => item.slug);
  if (activating.length === 0) return checked;
  const query = db
    .select({ slug: questions.slug, coding: questions.coding })
    .from(questions)
    .where(and(inArray(questions.slug, activating), eq(questions.active, false), isNotNull(questions.coding)));
  const rows = options.lock ? await query.for("update") : await query;
  for (const row of rows) {
    const spec = JSON.stringify(row.coding);
    if (checked.get(row.slug) === spec) continue;
    try {
      await assertReferencePasses(row.coding!, "activate", language);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The slug leads, in the reader's language too (the failures come worded by assertReferencePasses).
      const failures = (error.details as { messageValues?: { failures?: string } } | undefined)?.messageValues?.failures ?? "";
      throw new AppError(error.code, `“${row.slug}”: ${error.message}`, { fields: { [row.slug]: error.message } }).withText("server.referenceFailsImport", { slug: row.slug, failures });
    }
    checked.set(row.slug, spec);
  }
  return checked;
}
