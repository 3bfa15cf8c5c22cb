/**
 * The goal an answer announces in its first sentence: "To decode the string, I…", "For undo and
 * redo in a text editor, I'd…", "To raise trial-to-paid conversion, I'd…". An interviewer hears
 * that opening and knows at once which question the candidate is answering; when the announced
 * goal shares none of the asked question's specific words, the answer is to another question,
 * however much of the track's vocabulary it shares.
 */
import { clustersOf } from "@/server/scoring/builtin/concepts";
import { restatesQuestion } from "@/server/scoring/builtin/features";
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { stem } from "@/server/scoring/builtin/stem";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { detectLanguage } from "@/server/scoring/builtin/language/detect";
import { blankRanges, findCodeRanges, isStopWord, splitSentences, tokenize } from "@/server/scoring/builtin/text";
import { compoundTokens, settingWords } from "@/server/scoring/builtin/topic";
import { echoOf } from "@/server/scoring/builtin/topic-question";

/** "To <goal>," / "For <goal>, I…" / "In order to <goal>, we…" at the start of the answer. */
const GOAL_OPENING =
  /^\s*(?:to|in order to|for)\s+([^,:;.!?\n]{3,140}?)(?:[,:;]|\s+(?=(?:i|i'd|i'll|i'm|we|we'd|we'll|you|you'd)\b))/i;

/** Openings that look like a goal but are not one ("For example, …", "To be honest, …", "For me, …"). */
const NOT_A_GOAL = /^(?:example|instance|a start|starters?|me|us|now|each|every|all|the record|short|clarity|context|simplicity|be (?:honest|clear|fair|precise)|begin|start|summari[sz]e|recap|answer|sum up|put it|my mind|this question|that question|the question)\b/i;

/** A goal needs at least this much specific vocabulary before it can be compared with the question. */
const MIN_GOAL_MASS = 0.6;

export type TStatedGoal = {
  /** The goal as written ("decode the string"), or the words of the code's names. */
  text: string;
  /** Where the goal was stated: the answer's opening sentence or the names its code defines. */
  source: "opening" | "code";
  /** 0..1: specificity-weighted share of the goal's words that the question names (or names a close variant of). */
  fit: number;
  /** How many of the goal's specific words the question never names. */
  unnamed: number;
  /**
   * Code names only: 0..1, how well the answer's opening prose (its first two sentences) fits the
   * question, as `fit` measures it; null when the answer has no prose to read.
   */
  openingFit?: number | null;
};

/** A stated goal whose specific words the question names less than this is another question's goal. */
const GOAL_MISMATCH = 0.35;
/** Words at least this specific say what a goal is about. */
const SPECIFIC_WORD = 0.35;

/** Code names count only when they share nothing with the question: helpers ("merge_count") are named for a step. */
const CODE_MISMATCH = 0.1;

/** The sentences of prose an answer opens with, where it says what it sets out to do. */
const OPENING_SENTENCES = 2;

/**
 * Whether the answer announces another question's goal. An opening needs two specific words the
 * question never uses: one can be the candidate's own word for the question's subject ("To find the
 * leak" under a question about memory that grows). Names in code are chosen for the problem solved,
 * but helpers are named for a step of it, so the names must share nothing with the question. Even
 * then a name is weak evidence: candidates name a function for the problem's textbook name
 * (`edit_distance`, `levenshtein`) or for their method, words a question may never use. Code for
 * another problem comes with prose about that problem ("Two strings are anagrams when…", "To
 * decode, I…"), so the names count only when the answer's opening does not fit the question either.
 */
export function announcesAnotherGoal(goal: TStatedGoal | null): boolean {
  if (goal === null) return false;
  if (goal.source === "opening") return goal.fit < GOAL_MISMATCH && goal.unnamed >= 2;
  const opening = goal.openingFit ?? null;
  return goal.fit < CODE_MISMATCH && (opening === null || opening < GOAL_MISMATCH);
}

function prose(answer: string): string {
  // The opening of a code-first answer is code, not a stated goal.
  return answer.trimStart().startsWith("```") ? "" : answer;
}

const sharesPrefix = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** Names the code defines: `def decode(`, `function removeDuplicates(`, `class UndoStack`, `const f = (…) =>`. */
const DEFINED_NAME = /\b(?:def|function|class|func|fn)\s+([A-Za-z_]\w*)|\b(?:const|let|var)\s+([A-Za-z_]\w*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*=>/g;

/** DEFINED_NAME without the global flag, for a stateless test. */
const HAS_DEFINED_NAME = new RegExp(DEFINED_NAME.source);

/** Constructor and dunder names say nothing about the problem. */
const GENERIC_NAME = /^(?:__\w+__|init|constructor|main|solve|solution|helper|run|test\w*)$/i;

/**
 * The answer's code, fenced or not. Prose has the same keywords ("the class list", "a function
 * that returns…"), so names are read in code only; most answers have no keyword at all and skip
 * the search for code.
 */
function codeOf(answer: string): string {
  if (!HAS_DEFINED_NAME.test(answer)) return "";
  return findCodeRanges(answer)
    .map((r) => answer.slice(r.start, r.end))
    .join("\n");
}

/** The words of the names an answer's code defines ("remove_duplicates" → "remove duplicates"). */
function definedNames(answer: string): string {
  const words: string[] = [];
  for (const match of codeOf(answer).matchAll(DEFINED_NAME)) {
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
  const stated = opening && !NOT_A_GOAL.test(opening) ? compareGoal(opening, "opening", question, MIN_GOAL_MASS) : null;
  // Code names the problem it solves too: `def decode(s)` under a question about compressing. When
  // the opening does not already announce another goal, the code's names get their say.
  if (stated !== null && announcesAnotherGoal(stated)) return stated;
  // Identifiers are English words: under a question in another language every name would look unnamed.
  const names = detectLanguage(question) === "en" ? definedNames(answer) : "";
  const compared = names ? compareGoal(names, "code", question, MIN_NAME_MASS) : null;
  const coded = compared === null ? null : { ...compared, openingFit: openingFit(answer, question) };
  return coded !== null && announcesAnotherGoal(coded) ? coded : (stated ?? coded);
}

/**
 * How well the answer's first sentences of prose (code blanked out) fit the question; null when they
 * hold no specific word. A sentence that restates the question says nothing of what the code does:
 * echoing it above code for another problem must not clear the code's names.
 */
function openingFit(answer: string, question: string): number | null {
  const echo = echoOf(question);
  const sentences = splitSentences(blankRanges(answer, findCodeRanges(answer))).filter((s) => /\p{L}{3}/u.test(s.text) && !restatesQuestion(s.text, echo));
  const opening = sentences.slice(0, OPENING_SENTENCES).map((s) => s.text).join(" ");
  const fit = opening ? compareGoal(opening, "opening", question, 0)?.fit : undefined;
  return fit !== undefined && Number.isFinite(fit) ? fit : null;
}

/** The question's stems (compounds joined too) and their concept clusters, memoised per question. */
const questionVocabulary = memoByKey((question: string) => {
  const stems: readonly string[] = [...tokenize(question), ...compoundTokens(question)].filter((t) => !isStopWord(t)).map(stem);
  return { stems, clusters: new Set(stems.flatMap((s) => clustersOf(s))) as ReadonlySet<number> };
});

export function compareGoal(goal: string, source: TStatedGoal["source"], question: string, minimumMass: number): TStatedGoal | null {
  const { stems: questionStems, clusters: questionClusters } = questionVocabulary(question);
  // "in a meditation app" only sets the scene the question shares; it says nothing about the goal.
  const setting = settingWords(question);
  let mass = 0;
  let named = 0;
  let unnamed = 0;
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
    else if (weight >= SPECIFIC_WORD) unnamed += 1;
  }
  if (mass < minimumMass) return null;
  return { text: goal, source, fit: named / mass, unnamed };
}

/** "least_time(tasks, n)", "compareVersions(a, b)": a name the question writes with its call (one letter is Big-O's "O(n)"). */
const ASKED_CALL = /(?<![\w.])([A-Za-z_]\w{2,})\(/g;

/** "least_time" and "leastTime" are one name: candidates write it in their language's style. */
const sameName = (name: string): string => name.replace(/_/g, "").toLowerCase();

/**
 * Whether the answer's code defines the function the question asks for by name ("Write a function
 * least_time(tasks, n)…" answered with `def least_time(tasks, n):`). "defined": it does; such an
 * answer addresses this question whatever its prose repeats, and a terse correct solution must
 * never be told it answered another one. "other": it defines functions, none of them that one
 * (nor a name holding it, "reverse_words_in_place"), and never writes the asked name at all: code
 * for another problem (`most_common_word` under a question asking for `reverse_words`). null when
 * the question names no function or the answer defines none.
 */
export function askedFunctionCheck(question: string, answer: string): "defined" | "other" | null {
  const asked = [...new Set([...question.matchAll(ASKED_CALL)].map((m) => sameName(m[1] ?? "")))];
  if (asked.length === 0) return null;
  const defined = [...codeOf(answer).matchAll(DEFINED_NAME)].map((m) => m[1] ?? m[2] ?? "").filter((name) => !GENERIC_NAME.test(name)).map(sameName);
  if (defined.length === 0) return null;
  if (defined.some((name) => asked.includes(name))) return "defined";
  const written = sameName(answer.replace(/[^\w]+/g, " "));
  const mentioned = asked.some((name) => defined.some((d) => d.includes(name) || name.includes(d)) || written.includes(name));
  return mentioned ? null : "other";
}
