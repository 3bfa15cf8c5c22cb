/**
 * The goal an answer announces in its first sentence: "To decode the string, I…", "For undo and
 * redo in a text editor, I'd…", "To raise trial-to-paid conversion, I'd…". An interviewer hears
 * that opening and knows at once which question the candidate is answering; when the announced
 * goal shares none of the asked question's specific words, the answer is to another question,
 * however much of the track's vocabulary it shares.
 */
import { clustersOf } from "@/server/scoring/builtin/concepts";
import { stem } from "@/server/scoring/builtin/stem";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { compoundTokens, settingWords } from "@/server/scoring/builtin/topic";

/** "To <goal>," / "For <goal>, I…" / "In order to <goal>, we…" at the start of the answer. */
const GOAL_OPENING =
  /^\s*(?:to|in order to|for)\s+([^,:;.!?\n]{3,140}?)(?:[,:;]|\s+(?=(?:i|i'd|i'll|i'm|we|we'd|we'll|you|you'd)\b))/i;

/** Openings that look like a goal but are not one ("For example, …", "To be honest, …", "For me, …"). */
const NOT_A_GOAL = /^(?:example|instance|a start|starters?|me|us|now|each|every|all|the record|short|clarity|context|simplicity|be (?:honest|clear|fair|precise)|begin|start|summari[sz]e|recap|answer|sum up|put it|my mind|this question|that question|the question)\b/i;

/** A goal needs at least this much specific vocabulary before it can be compared with the question. */
const MIN_GOAL_MASS = 0.6;

export type TStatedGoal = {
  /** The goal as written ("decode the string"). */
  text: string;
  /** 0..1: specificity-weighted share of the goal's words that the question names (or names a close variant of). */
  fit: number;
};

function prose(answer: string): string {
  // The opening of a code-first answer is code, not a stated goal.
  return answer.trimStart().startsWith("```") ? "" : answer;
}

const sharesPrefix = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

export function statedGoal(answer: string, question: string): TStatedGoal | null {
  const match = GOAL_OPENING.exec(prose(answer));
  const goal = match?.[1]?.trim();
  if (!goal || NOT_A_GOAL.test(goal)) return null;
  const questionStems = [...tokenize(question), ...compoundTokens(question)].filter((t) => !isStopWord(t)).map(stem);
  const questionClusters = new Set(questionStems.flatMap((s) => clustersOf(s)));
  // "in a meditation app" only sets the scene the question shares; it says nothing about the goal.
  const setting = settingWords(question);
  let mass = 0;
  let named = 0;
  const seen = new Set<string>();
  for (const token of [...tokenize(goal), ...compoundTokens(goal)]) {
    if (isStopWord(token) || /\d/.test(token)) continue;
    const s = stem(token);
    if (seen.has(s) || setting.has(s)) continue;
    seen.add(s);
    const weight = specificity(s);
    mass += weight;
    if (questionStems.some((q) => sharesPrefix(q, s))) named += weight;
    else if (clustersOf(s).some((c) => questionClusters.has(c))) named += 0.5 * weight;
  }
  if (mass < MIN_GOAL_MASS) return null;
  return { text: goal, fit: named / mass };
}
