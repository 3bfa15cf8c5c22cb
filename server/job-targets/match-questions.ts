/**
 * Which bank questions practise which requirement, and the greedy pick of a tailored interview:
 * the requirements in rank order each get the best question that covers them (shared bank tags
 * first, then words of the requirement found in the question and its key points), the job's level
 * preferred, questions the candidate saw recently last. Pure: the database layer passes the bank in.
 */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { LEVELS } from "@/server/contracts/vocabulary/tracks";
import { stem } from "@/server/scoring/builtin/stem";
import { words } from "./requirements/term-match";

export interface TMatchQuestion {
  id: string;
  track: TTrack;
  level: TLevel;
  text: string;
  tags: readonly string[];
  keyPoints: readonly string[];
}

export interface TMatchRequirement {
  id: string | null;
  text: string;
  tracks: readonly TTrack[];
  tags: readonly string[];
  keywords: readonly string[];
}

export interface TPickedQuestion<Q extends TMatchQuestion, R extends TMatchRequirement> {
  question: Q;
  requirement: R;
}

function stems(items: readonly string[]): Set<string> {
  return new Set(items.flatMap((item) => words(item)).filter((word) => word.length > 2).map(stem));
}

const questionStems = new WeakMap<TMatchQuestion, Set<string>>();
function stemsOf(question: TMatchQuestion): Set<string> {
  let found = questionStems.get(question);
  if (!found) questionStems.set(question, (found = stems([question.text, ...question.keyPoints])));
  return found;
}

/** How well a question practises a requirement: 0 = not at all, ≥ 1 = covers it. */
export function coverageScore(question: TMatchQuestion, requirement: TMatchRequirement): number {
  if (requirement.tracks.length > 0 && !requirement.tracks.includes(question.track)) return 0;
  const sharedTags = question.tags.filter((tag) => requirement.tags.includes(tag)).length;
  const have = stemsOf(question);
  const sharedWords = [...new Set(requirement.keywords.map((word) => stem(word)))].filter((word) => have.has(word)).length;
  // One shared tag covers; words alone need two (one shared word is often chance: "team", "data").
  return sharedTags + (sharedWords >= 2 ? sharedWords / 2 : sharedWords * 0.25);
}

export function covers(question: TMatchQuestion, requirement: TMatchRequirement): boolean {
  return coverageScore(question, requirement) >= 1;
}

function levelFit(question: TMatchQuestion, level: TLevel): number {
  const distance = Math.abs(LEVELS.indexOf(question.level) - LEVELS.indexOf(level));
  return distance === 0 ? 0.6 : distance === 1 ? 0.3 : 0;
}

/**
 * Picks `count` questions for requirements already ranked (most important first). Each pick records
 * the requirement it was chosen for; a requirement already covered by an earlier pick is skipped.
 */
export function pickQuestions<Q extends TMatchQuestion, R extends TMatchRequirement>(input: {
  requirements: readonly R[];
  bank: readonly Q[];
  level: TLevel;
  count: number;
  recentlySeen?: ReadonlySet<string>;
}): Array<TPickedQuestion<Q, R>> {
  const picked: Array<TPickedQuestion<Q, R>> = [];
  const used = new Set<string>();
  const rank = (question: Q, requirement: R) => {
    const score = coverageScore(question, requirement);
    if (score < 1) return -1;
    return score + levelFit(question, input.level) - (input.recentlySeen?.has(question.id) ? 1 : 0);
  };
  for (let round = 0; round < 2 && picked.length < input.count; round += 1) {
    for (const requirement of input.requirements) {
      if (picked.length >= input.count) break;
      // First round: one question per requirement not yet covered; second round: more practice for the top ones.
      if (round === 0 && picked.some((pick) => covers(pick.question, requirement))) continue;
      let best: Q | null = null;
      let bestRank = -1;
      for (const question of input.bank) {
        if (used.has(question.id)) continue;
        const value = rank(question, requirement);
        if (value > bestRank) [best, bestRank] = [question, value];
      }
      if (best) {
        used.add(best.id);
        picked.push({ question: best, requirement });
      }
    }
  }
  return picked;
}
