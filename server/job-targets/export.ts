/** The job targets section of "export my data": each target with its description, CV and requirements. */
import { asc, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { jobRequirements, jobTargets } from "@/db/schema";

export async function exportJobTargets(db: TDbOrTx, userId: string) {
  const targets = await db.select().from(jobTargets).where(eq(jobTargets.userId, userId)).orderBy(asc(jobTargets.createdAt));
  const ids = targets.map((target) => target.id);
  const requirements = ids.length ? await db.select().from(jobRequirements).where(inArray(jobRequirements.jobTargetId, ids)).orderBy(asc(jobRequirements.position)) : [];
  return targets.map((target) => ({
    title: target.title,
    company: target.company,
    level: target.level,
    description: target.description,
    cv: target.cv,
    sources: target.sources,
    createdAt: target.createdAt.toISOString(),
    updatedAt: target.updatedAt.toISOString(),
    requirements: requirements
      .filter((requirement) => requirement.jobTargetId === target.id)
      .map((requirement) => ({ text: requirement.text, kind: requirement.kind, tracks: requirement.tracks, editedByUser: requirement.editedByUser })),
  }));
}
