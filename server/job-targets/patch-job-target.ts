/**
 * PATCH /job-targets/{id} as the contract has it (`{title?, requirements?}`, plus the form's other
 * fields): the fields first (a changed description re-extracts the requirements the candidate did
 * not edit), then, when sent, the requirement list replaces the job's as PUT …/requirements does.
 * Before, a `requirements` field here was dropped without a word and the 200 changed nothing.
 */
import type { TDbOrTx } from "@/db";
import type { TJobTarget, TUpdateJobTarget } from "@/server/contracts/job-targets";
import { setRequirements } from "./edit-requirements";
import { getJobTarget, updateJobTarget } from "./store";

export async function patchJobTarget(db: TDbOrTx, userId: string, input: TUpdateJobTarget): Promise<TJobTarget> {
  const { requirements, ...fields } = input;
  const updated = await updateJobTarget(db, userId, fields);
  if (requirements === undefined) return updated;
  await setRequirements(db, userId, { id: input.id, requirements });
  return getJobTarget(db, userId, input.id);
}
