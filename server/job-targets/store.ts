/**
 * Job targets per user: create (requirements extracted on the way in), read, update (a changed
 * description re-extracts, keeping what the candidate edited), delete. Another user's id is NOT_FOUND.
 */
import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { jobInterviewItems, jobRequirements, jobTargets, type TJobRequirementRow, type TJobTargetRow } from "@/db/schema";
import type { TJobTarget, TJobTargetForm, TRequirement } from "@/server/contracts/job-targets";
import { AppError } from "@/server/errors";
import { loadVocabulary } from "./bank";
import { modelConfigFromEnv, type TModelConfig } from "@/server/scoring/openai/model-config";
import { extractRequirements, type TExtractedRequirement } from "./requirements/extract";
import { refineRequirements } from "./requirements/refine-ai";

export function descriptionHash(description: string): string {
  return createHash("sha256").update(description).digest("hex");
}

export function requirementDto(row: TJobRequirementRow): TRequirement {
  return { id: row.id, text: row.text, kind: row.kind, tracks: row.tracks, dimensions: row.dimensions, tags: row.tags, weight: row.weight, position: row.position, editedByUser: row.editedByUser };
}

export async function ownJobTarget(db: TDbOrTx, userId: string, id: string): Promise<TJobTargetRow> {
  const [row] = await db.select().from(jobTargets).where(and(eq(jobTargets.id, id), eq(jobTargets.userId, userId)));
  if (!row) throw new AppError("NOT_FOUND", "Job target not found.");
  return row;
}

export async function listRequirements(db: TDbOrTx, jobTargetId: string) {
  return db.select().from(jobRequirements).where(eq(jobRequirements.jobTargetId, jobTargetId)).orderBy(asc(jobRequirements.position));
}

export async function getJobTarget(db: TDbOrTx, userId: string, id: string): Promise<TJobTarget> {
  const row = await ownJobTarget(db, userId, id);
  const requirements = await listRequirements(db, id);
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    level: row.level,
    description: row.description,
    cv: row.cv,
    sources: row.sources,
    extractedBy: row.extractedBy,
    requirements: requirements.map(requirementDto),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type TExtraction = { requirements: TExtractedRequirement[]; extractedBy: "rules" | "ai" };

/** The rules' extraction, refined by the model when one is configured (outside any transaction: the call may take seconds). */
async function extract(db: TDbOrTx, userId: string, title: string, description: string, ai: TModelConfig | null): Promise<TExtraction> {
  const vocabulary = await loadVocabulary(db);
  const draft = extractRequirements(description, vocabulary, title);
  const refined = await refineRequirements(db, { userId, title, description, descriptionHash: descriptionHash(description), draft, vocabulary }, ai);
  return refined ? { requirements: refined, extractedBy: "ai" } : { requirements: draft, extractedBy: "rules" };
}

/** Replaces the extracted (not user-edited) requirements with a fresh extraction; edited ones stay, first. */
async function storeExtraction(tx: TDbOrTx, jobTargetId: string, extracted: readonly TExtractedRequirement[]) {
  const edited = (await listRequirements(tx, jobTargetId)).filter((row) => row.editedByUser);
  await tx.delete(jobRequirements).where(and(eq(jobRequirements.jobTargetId, jobTargetId), eq(jobRequirements.editedByUser, false)));
  const fresh = extracted.filter((item) => !edited.some((row) => row.text.toLowerCase() === item.text.toLowerCase()));
  for (const [index, row] of edited.entries()) await tx.update(jobRequirements).set({ position: index }).where(eq(jobRequirements.id, row.id));
  if (fresh.length > 0) {
    await tx.insert(jobRequirements).values(fresh.map((item, index) => ({ jobTargetId, ...item, position: edited.length + index })));
  }
}

export async function createJobTarget(db: TDbOrTx, userId: string, input: TJobTargetForm, ai: TModelConfig | null = modelConfigFromEnv()): Promise<TJobTarget> {
  const extraction = await extract(db, userId, input.title, input.description, ai);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(jobTargets)
      .values({
        userId,
        title: input.title,
        company: input.company || null,
        level: input.level,
        description: input.description,
        cv: input.cv || null,
        sources: input.sources ?? [{ field: "description", kind: "pasted", fileName: null }],
        descriptionHash: descriptionHash(input.description),
        extractedBy: extraction.extractedBy,
      })
      .returning();
    await storeExtraction(tx, row!.id, extraction.requirements);
    return row!.id;
  });
  return getJobTarget(db, userId, id);
}

export async function updateJobTarget(db: TDbOrTx, userId: string, input: Partial<TJobTargetForm> & { id: string }, ai: TModelConfig | null = modelConfigFromEnv()): Promise<TJobTarget> {
  const before = await ownJobTarget(db, userId, input.id);
  const description = input.description ?? before.description;
  const extraction = descriptionHash(description) === before.descriptionHash ? null : await extract(db, userId, input.title ?? before.title, description, ai);
  await db.transaction(async (tx) => {
    const row = await ownJobTarget(tx, userId, input.id);
    await tx
      .update(jobTargets)
      .set({
        title: input.title ?? row.title,
        company: input.company === undefined ? row.company : input.company || null,
        level: input.level ?? row.level,
        description,
        cv: input.cv === undefined ? row.cv : input.cv || null,
        sources: input.sources ?? row.sources,
        descriptionHash: descriptionHash(description),
        ...(extraction ? { extractedBy: extraction.extractedBy } : {}),
        updatedAt: new Date(),
      })
      .where(eq(jobTargets.id, row.id));
    if (extraction) await storeExtraction(tx, row.id, extraction.requirements);
  });
  return getJobTarget(db, userId, input.id);
}

export async function deleteJobTarget(db: TDbOrTx, userId: string, id: string): Promise<void> {
  const row = await ownJobTarget(db, userId, id);
  await db.delete(jobTargets).where(eq(jobTargets.id, row.id));
}

export async function listJobTargets(db: TDbOrTx, userId: string) {
  const rows = await db.select().from(jobTargets).where(eq(jobTargets.userId, userId)).orderBy(desc(jobTargets.updatedAt)).limit(200);
  const ids = rows.map((row) => row.id);
  const [requirementCounts, interviewCounts] = ids.length
    ? await Promise.all([
        db.select({ id: jobRequirements.jobTargetId, n: count() }).from(jobRequirements).where(inArray(jobRequirements.jobTargetId, ids)).groupBy(jobRequirements.jobTargetId),
        db.selectDistinct({ id: jobInterviewItems.jobTargetId, interviewId: jobInterviewItems.interviewId }).from(jobInterviewItems).where(inArray(jobInterviewItems.jobTargetId, ids)),
      ])
    : [[], []];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    company: row.company,
    level: row.level,
    requirementCount: requirementCounts.find((item) => item.id === row.id)?.n ?? 0,
    interviewCount: interviewCounts.filter((item) => item.id === row.id).length,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
