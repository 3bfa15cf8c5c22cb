/**
 * The candidate's edits to a job target's requirement list: the order given is the new rank; an
 * unchanged text keeps its mapping, a new or reworded one is mapped again through the vocabulary;
 * requirements left out are removed. Everything the candidate touched is marked edited, so a later
 * change of the description re-extracts around it.
 */
import { and, eq, notInArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { jobRequirements, jobTargets } from "@/db/schema";
import type { TRequirement, TSetRequirements } from "@/server/contracts/job-targets";
import { loadVocabulary } from "./bank";
import { detectFamily, mapRequirement } from "./requirements/mapping";
import { matchSkills } from "./requirements/vocabulary";
import { listRequirements, ownJobTarget, requirementDto } from "./store";

export async function setRequirements(db: TDbOrTx, userId: string, input: TSetRequirements): Promise<TRequirement[]> {
  return db.transaction(async (tx) => {
    const target = await ownJobTarget(tx, userId, input.id);
    const existing = new Map((await listRequirements(tx, target.id)).map((row) => [row.id, row]));
    const vocabulary = await loadVocabulary(tx);
    const family = detectFamily(`${target.title}\n${target.description}`);
    const keep = input.requirements.flatMap((item) => (item.id && existing.has(item.id) ? [item.id] : []));
    await tx
      .delete(jobRequirements)
      .where(keep.length > 0 ? and(eq(jobRequirements.jobTargetId, target.id), notInArray(jobRequirements.id, keep)) : eq(jobRequirements.jobTargetId, target.id));
    for (const [position, item] of input.requirements.entries()) {
      const before = item.id ? existing.get(item.id) : undefined;
      const weight = Math.round(Math.max(0.1, 1 - position * 0.04) * 100) / 100;
      if (before && before.text === item.text) {
        const touched = before.kind !== item.kind || before.position !== position;
        await tx
          .update(jobRequirements)
          .set({ kind: item.kind, position, weight, editedByUser: before.editedByUser || touched })
          .where(eq(jobRequirements.id, before.id));
        continue;
      }
      const mapped = mapRequirement(item.text, matchSkills(item.text, vocabulary), family);
      const values = { text: item.text, kind: item.kind, ...mapped, position, weight, editedByUser: true };
      if (before) await tx.update(jobRequirements).set(values).where(eq(jobRequirements.id, before.id));
      else await tx.insert(jobRequirements).values({ jobTargetId: target.id, ...values });
    }
    await tx.update(jobTargets).set({ updatedAt: new Date() }).where(eq(jobTargets.id, target.id));
    return (await listRequirements(tx, target.id)).map(requirementDto);
  });
}
