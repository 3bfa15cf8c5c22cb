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
import { extractRequirements } from "./requirements/extract";

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

/** Replaces the extracted (not user-edited) requirements with a fresh extraction; edited ones stay, first. */
async function reextract(db: TDbOrTx, target: { id: string; title: string; description: string }) {
  const vocabulary = await loadVocabulary(db);
  const extracted = extractRequirements(target.description, vocabulary, target.title);
  const edited = (await listRequirements(db, target.id)).filter((row) => row.editedByUser);
  await db.delete(jobRequirements).where(and(eq(jobRequirements.jobTargetId, target.id), eq(jobRequirements.editedByUser, false)));
  const fresh = extracted.filter((item) => !edited.some((row) => row.text.toLowerCase() === item.text.toLowerCase()));
  for (const [index, row] of edited.entries()) await db.update(jobRequirements).set({ position: index }).where(eq(jobRequirements.id, row.id));
  if (fresh.length > 0) {
    await db.insert(jobRequirements).values(fresh.map((item, index) => ({ jobTargetId: target.id, ...item, position: edited.length + index })));
  }
}

export async function createJobTarget(db: TDbOrTx, userId: string, input: TJobTargetForm): Promise<TJobTarget> {
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
      })
      .returning();
    await reextract(tx, row!);
    return row!.id;
  });
  return getJobTarget(db, userId, id);
}

export async function updateJobTarget(db: TDbOrTx, userId: string, input: Partial<TJobTargetForm> & { id: string }): Promise<TJobTarget> {
  await db.transaction(async (tx) => {
    const row = await ownJobTarget(tx, userId, input.id);
    const description = input.description ?? row.description;
    const changed = descriptionHash(description) !== row.descriptionHash;
    const [updated] = await tx
      .update(jobTargets)
      .set({
        title: input.title ?? row.title,
        company: input.company === undefined ? row.company : input.company || null,
        level: input.level ?? row.level,
        description,
        cv: input.cv === undefined ? row.cv : input.cv || null,
        sources: input.sources ?? row.sources,
        descriptionHash: descriptionHash(description),
        ...(changed ? { extractedBy: "rules" as const } : {}),
        updatedAt: new Date(),
      })
      .where(eq(jobTargets.id, row.id))
      .returning();
    if (changed) await reextract(tx, updated!);
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
