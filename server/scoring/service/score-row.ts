import { scores } from "@/db/schema";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

/** A score as a row of the scores table (the inverse of scoreFromRow). */
export function scoreRowValues(answerId: string, track: TTrack, score: TScore, manual = false, reviewNote: string | null = null): typeof scores.$inferInsert {
  return {
    answerId,
    rubricVersion: score.scoredBy.rubricVersion,
    track,
    total: score.total,
    dimensions: score.dimensions,
    strengths: score.strengths,
    improvements: score.improvements,
    feedback: score.feedback,
    sampleAnswer: score.sampleAnswer,
    followUp: score.followUp,
    flags: score.flags,
    provider: score.scoredBy.provider,
    model: score.scoredBy.model,
    tokensIn: score.tokens?.input ?? null,
    tokensOut: score.tokens?.output ?? null,
    latencyMs: Math.round(score.latencyMs),
    // A reviewer's score is a human judgement, not an estimate: no scorer confidence goes with it.
    confidence: manual ? null : (score.confidence ?? null),
    // A reviewer writes in whatever language they write in: only a scorer's words carry a language.
    language: manual ? null : (score.language ?? null),
    // Always set, so whatever replaces a provisional score (an admin's rescore or manual score) ends
    // the re-grade: regrade-answer.ts only replaces a row still marked provisional. Callers storing a
    // fallback set both after this.
    provisional: !manual && score.provisional === true,
    fallbackReason: null,
    manual,
    // Always set, so a rescore that replaces a manual score also clears the reviewer's note.
    reviewNote: manual ? reviewNote : null,
    // A coding answer's test table. Left out when the score has none (a reviewer's manual score), so the
    // row being replaced keeps the table of the code it was run on.
    ...(score.tests ? { codeTests: score.tests } : {}),
  };
}
