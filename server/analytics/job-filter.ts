/**
 * Progress for one job target: only interviews linked to it (job_interview_items) count. Callers
 * check that the job target is the user's first; this only narrows the rows.
 */
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { jobInterviewItems } from "@/db/schema";

/** A condition on an interview-id column, or undefined (no filter) without a job target. */
export function inJobTarget(interviewId: AnyColumn, jobTargetId: string | undefined): SQL | undefined {
  if (jobTargetId === undefined) return undefined;
  return sql`${interviewId} in (select ${jobInterviewItems.interviewId} from ${jobInterviewItems} where ${jobInterviewItems.jobTargetId} = ${jobTargetId})`;
}
