/**
 * Data factories for integration tests: a candidate, an interview, an answer and its score, each
 * made through the real procedures (so quota, versions and jobs behave as in production).
 */
import type { TDatabase } from "@/db";
import type { TStartInterviewInput } from "@/server/contracts/interviews";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { verifiedTestUser } from "./caller";

export type TCandidate = Awaited<ReturnType<typeof verifiedTestUser>>;

/** A short behavioral answer: a situation, an action and a result. */
export const SAMPLE_ANSWER = "I disagreed with a teammate about a migration plan, wrote a comparison, and we shipped with zero downtime.";

/** A verified candidate with a caller acting as them. */
export function createCandidate(db: TDatabase, label = "candidate"): Promise<TCandidate> {
  return verifiedTestUser(db, label);
}

/** An in-progress interview (one behavioral mid-level question unless told otherwise). */
export async function createInterview(candidate: TCandidate, input: Partial<TStartInterviewInput> & { track?: TTrack; level?: TLevel } = {}) {
  const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1, ...input });
  return interview;
}

/** Submits an answer to the interview's question at `index` (0 by default); the answer is pending until scored. */
export async function createAnswer(
  candidate: TCandidate,
  interview: Awaited<ReturnType<typeof createInterview>>,
  options: { text?: string; index?: number } = {},
) {
  const question = interview.questions[options.index ?? 0]!;
  const { answer } = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: options.text ?? SAMPLE_ANSWER });
  return { ...answer, questionId: question.questionId, interviewId: interview.id };
}

/** An answer stored with its score (the scoring job's own function, run in-process). */
export async function createScoredAnswer(db: TDatabase, candidate: TCandidate, options: { text?: string; track?: TTrack; level?: TLevel } = {}) {
  const interview = await createInterview(candidate, { ...(options.track ? { track: options.track } : {}), ...(options.level ? { level: options.level } : {}) });
  const answer = await createAnswer(candidate, interview, { text: options.text });
  await scoreStoredAnswer(db, answer.id);
  return { interview, answer };
}
