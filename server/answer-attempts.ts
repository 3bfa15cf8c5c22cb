import crypto from "node:crypto";
import { AppError } from "@/server/errors";

// At the top of server/, not in interviews/: voice (an answer spoken over the REST contract, a corrected
// transcript) makes new attempts too, and voice may not import interviews, which imports voice to delete
// an interview's audio (test/architecture: no cycle between domain folders).

/**
 * Attempts of one question (and of its follow-up) in one interview. Every new attempt is a scoring
 * job (a paid model call, twice with the double check): without a cap, one interview of the quota
 * would buy unlimited scoring. Ten is far more than practice needs.
 */
export const MAX_ATTEMPTS_PER_QUESTION = 10;

/** The answers row's textHash: the same words submitted again are the same answer. */
export function answerTextHash(text: string): string {
  return crypto.createHash("sha256").update(text.trim(), "utf8").digest("hex");
}

/** Throws the 409 when `attemptsSoFar` already used the cap. */
export function assertAttemptLeft(attemptsSoFar: number): void {
  if (attemptsSoFar < MAX_ATTEMPTS_PER_QUESTION) return;
  throw new AppError("CONFLICT", `This question has had its ${MAX_ATTEMPTS_PER_QUESTION} attempts in this interview. Start a new interview to practise it again.`, {
    reason: "attempt_limit",
    limit: MAX_ATTEMPTS_PER_QUESTION,
  });
}
