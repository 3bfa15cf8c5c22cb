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

/** Names the code defines: `def decode(`, `function removeDuplicates(`, `class UndoStack`, `const f = (…) =>`. */
const DEFINED_NAME = /\b(?:def|function|class|func|fn)\s+([A-Za-z_]\w*)|\b(?:const|let|var)\s+([A-Za-z_]\w*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*=>/g;

/** Constructor and dunder names say nothing about the problem. */
const GENERIC_NAME = /^(?:__\w+__|init|constructor|main|solve|solution|helper|run|test\w*)$/i;

/** The words of the names an answer's code defines ("remove_duplicates" → "remove duplicates"). */
function definedNames(answer: string): string {
  const words: string[] = [];
  for (const match of answer.matchAll(DEFINED_NAME)) {
    const name = match[1] ?? match[2] ?? "";
    if (GENERIC_NAME.test(name)) continue;
    words.push(name.replace(/([a-z\d])([A-Z])/g, "$1 $2").replace(/_+/g, " ").toLowerCase());
  }
  return words.join(" ").trim();
}

/** A goal named by code alone needs more specific vocabulary than a sentence: names are terse. */
const MIN_NAME_MASS = 0.7;

export function statedGoal(answer: string, question: string): TStatedGoal | null {
  const match = GOAL_OPENING.exec(prose(answer));
  const opening = match?.[1]?.trim();
  if (opening && !NOT_A_GOAL.test(opening)) return compareGoal(opening, question, MIN_GOAL_MASS);
  // Code names the problem it solves too: `def decode(s)` under a question about compressing.
  const names = definedNames(answer);
  return names ? compareGoal(names, question, MIN_NAME_MASS) : null;
}

function compareGoal(goal: string, question: string, minimumMass: number): TStatedGoal | null {
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
  if (mass < minimumMass) return null;
  return { text: goal, fit: named / mass };
}
