/**
 * Progress for one job: its tailored interviews, and for each requirement in how many of the
 * completed ones (the 10 newest) the answers showed it or at least answered it.
 */
import type { TDbOrTx } from "@/db";
import { interviewCoverage, jobTargetInterviews } from "./coverage";

const RECENT_COMPLETED = 10;

export async function jobProgress(db: TDbOrTx, userId: string, jobTargetId: string) {
  const interviews = await jobTargetInterviews(db, userId, jobTargetId);
  const completed = interviews.filter((interview) => interview.status === "completed").slice(0, RECENT_COMPLETED);
  const byRequirement = new Map<string, { requirementId: string; shownIn: number; answeredIn: number }>();
  for (const interview of completed) {
    const coverage = await interviewCoverage(db, userId, interview.id);
    for (const requirement of coverage?.requirements ?? []) {
      if (!requirement.requirementId) continue;
      const entry = byRequirement.get(requirement.requirementId) ?? { requirementId: requirement.requirementId, shownIn: 0, answeredIn: 0 };
      if (requirement.status === "shown") entry.shownIn += 1;
      if (requirement.status !== "not_yet_shown") entry.answeredIn += 1;
      byRequirement.set(requirement.requirementId, entry);
    }
  }
  return { interviews, completedCounted: completed.length, requirements: [...byRequirement.values()] };
}
