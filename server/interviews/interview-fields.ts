import type { TInterviewRow } from "@/db/schema";
import type { TInterview } from "@/server/contracts/interviews";
import { PASS_THRESHOLDS } from "./pass-thresholds";

/** What an interview's list entry and its full view say alike, from its row (dates as ISO strings, pass as a boolean). */
export function interviewFields(row: TInterviewRow, timeSpentSeconds: number): Omit<TInterview, "questions"> {
  return {
    id: row.id,
    track: row.track,
    level: row.level,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    questionCount: row.questionCount,
    focusTags: row.focusTags,
    language: row.language,
    overallScore: row.overallScore,
    passed: row.passed === null ? null : row.passed === "yes",
    passThreshold: PASS_THRESHOLDS[row.level],
    scoreCounting: row.scoreCounting,
    quotaRefunded: row.quotaRefunded,
    timeSpentSeconds,
  };
}
