/**
 * A comparison answered about a third thing. "What is the difference between A and B?" names what
 * the answer is about; an answer that opens by defining something else ("C is a system that…") and
 * keeps coming back to it answers the question about C, even when it mentions A and B on the way
 * (C may be built on them). Read only for comparisons: under "How would you fix X?" an opening that
 * defines the candidate's own remedy ("Pagination is…") is the answer, not a change of subject.
 */
import type { TFocusGroup } from "@/server/scoring/builtin/question-focus";
import { compareGoal } from "@/server/scoring/builtin/stated-goal";
import { stem } from "@/server/scoring/builtin/stem";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";

/** "Kubernetes is a system…", "Service meshes are essentially…": a subject of one to four words defined in the first sentence. */
const DEFINING_OPENING = /^\s*((?:[\p{L}\p{N}'-]+\s+){0,3}?[\p{L}\p{N}'-]+)\s+(?:is|are)\s+(?:a|an|the|one|basically|essentially|simply|just)\b/iu;

/** Subjects that point back or frame the answer rather than name a thing ("This is a…", "The difference is…"). */
const NOT_A_SUBJECT = /^(?:(?:the|a|an|my|our)\s+)?(?:this|that|it|they|there|these|those|both|each|either|neither|one|answer|question|difference|main difference|key difference|short answer|idea|point|thing|way|rule)\b/i;

/** How often the subject must come back to be what the answer is about (as for a topic chain in question-focus.ts). */
const SUBJECT_MIN = 3;
/** The subject's own word must be at least this specific: everyday words ("system", "way") name nothing. */
const SUBJECT_SPECIFICITY = 0.35;

export type TThirdSubject = { subject: string; stem: string; count: number };

const sharesPrefix = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/**
 * The third thing a comparison answer is about, or null. `sides` are the comparison's sides (the
 * question's focus); `answerStems` the answer's content stems with repeats and `extraStems` the
 * stems it names through acronyms ("VMs"). The subject must share no word with the question, come
 * back at least three times, and at least as often as the side the answer names least.
 */
export function thirdSubject(
  question: string,
  answer: string,
  sides: readonly TFocusGroup[],
  answerStems: readonly string[],
  extraStems: readonly string[],
): TThirdSubject | null {
  if (sides.length < 2 || answer.trimStart().startsWith("```")) return null;
  const subject = DEFINING_OPENING.exec(answer)?.[1]?.trim();
  if (!subject || NOT_A_SUBJECT.test(subject)) return null;
  // Any word of the subject the question names (or names a close variant of) ties it to the question.
  const fit = compareGoal(subject, "opening", question, SUBJECT_SPECIFICITY);
  if (fit === null || fit.fit > 0) return null;
  const own = tokenize(subject)
    .filter((t) => !isStopWord(t) && !/\d/.test(t))
    .map(stem)
    .filter((s) => s.length >= 3 && specificity(s) >= SUBJECT_SPECIFICITY);
  if (own.length === 0) return null;
  const mentions = (stems: readonly string[]): number => answerStems.filter((a) => stems.some((s) => sharesPrefix(s, a))).length;
  const count = Math.max(...own.map((s) => mentions([s])));
  const all = [...answerStems, ...extraStems];
  const leastNamedSide = Math.min(...sides.map((g) => all.filter((a) => g.stems.some((s) => sharesPrefix(s, a))).length));
  if (count < SUBJECT_MIN || count < leastNamedSide) return null;
  return { subject, stem: own[0] ?? "", count };
}
