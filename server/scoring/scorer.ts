/**
 * The one scoring interface every provider implements (built-in analyzer, OpenAI-compatible, ...),
 * and the input checks that run before any provider sees an answer.
 */
import type { TLevel } from "@/server/contracts/vocabulary/tracks";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import { answerLength, MAX_ANSWER_CHARS, type TScore } from "@/server/contracts/vocabulary/score";
import type { TScoreTests } from "@/server/contracts/code";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

export type TScoreQuestion = {
  text: string;
  keyPoints?: string[];
  sampleAnswer?: string;
  tags?: string[];
  /** Bank follow-ups; `dimension` is a rubric dimension key (server/contracts/vocabulary/rubrics.ts) the follow-up probes. */
  followUps?: ReadonlyArray<{ text: string; dimension: string }>;
  /**
   * For a follow-up: the question it follows and that question's sample answer. A reply to "What would
   * you log on every request?" talks about the parent's subject (request ids, latency, secrets), which
   * the follow-up's few words do not name; this is vocabulary that ties the reply to its subject, never
   * a yardstick the reply is graded against and never shown.
   */
  context?: string;
};

export type TScoreInput = {
  rubric: TRubricId;
  level: TLevel;
  question: TScoreQuestion;
  answer: string;
  /**
   * Set when grading an answer to a follow-up: the rubric dimension key the follow-up probes.
   * `question.text` is then the follow-up's text, and that dimension carries the weight.
   */
  focusDimension?: string;
  /** A coding answer's test results (server/scoring/code-tests.ts): they set the correctness dimension, and the AI grader sees them. */
  codeTests?: TScoreTests;
  /** The candidate's interface language: comments, feedback and follow-ups are written in it (default English). */
  feedbackLanguage?: TLanguage;
};

export interface Scorer {
  id: string;
  score(input: TScoreInput): Promise<TScore>;
}

export class AnswerTooLongError extends Error {
  readonly code = "ANSWER_TOO_LONG";
  readonly length: number;
  readonly maxLength: number;

  constructor(length: number, maxLength: number = MAX_ANSWER_CHARS) {
    super(`The answer has ${length} characters; the limit is ${maxLength}.`);
    this.name = "AnswerTooLongError";
    this.length = length;
    this.maxLength = maxLength;
  }
}

/**
 * Refuses an over-long answer before any work is done, so a paid provider is never called
 * for text the API would have rejected anyway. Length counts code points, as the API's Zod `.max()`
 * does: counting UTF-16 units here failed every accepted answer of more than 5,000 emoji.
 */
export function assertAnswerLength(answer: string): void {
  // Cheap first: a text within the limit in UTF-16 units is within it in code points too.
  if (answer.length <= MAX_ANSWER_CHARS) return;
  const length = answerLength(answer);
  if (length > MAX_ANSWER_CHARS) throw new AnswerTooLongError(length);
}
