import { and, eq, notExists, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, questions } from "@/db/schema";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { LEVELS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { adviceIn } from "./skill-advice";
import { adviceKey, exerciseScore, skillGuide } from "./skill-map";
import type { TSkill } from "./skills";

/** A third weak skill is shown only when it is about as weak as the second (within a point on 0–10). */
export const THIRD_GAP_WITHIN = 1;
export const RECOMMENDATIONS_PER_GAP = 3;
/** Tags in the "Practise this" link: enough to find questions, few enough to stay on the skill. */
export const PRACTICE_TAGS = 3;

export interface TCandidateQuestion {
  id: string;
  text: string;
  level: TLevel;
  difficulty: number;
  tags: string[];
  keyPoints: string[];
}

export interface TGap {
  key: string;
  label: string;
  score: number;
  /** What to work on, concretely, in the reader's language. */
  advice: string;
  /** The advice's key in the progress-advice catalog ("<track>.<dimension>" or "fallback"). */
  adviceKey: string;
  /** Bank tags that exercise this skill, for a focused practice interview. */
  tags: string[];
  recommendedQuestionIds: string[];
  recommendedQuestions: Array<{ id: string; text: string; level: TLevel; difficulty: number }>;
}

/**
 * The two weakest skills, and a third when it is within THIRD_GAP_WITHIN of the second: three
 * things at once is the most anyone works on, and a clearly stronger third is not a gap.
 */
export function weakestSkills(skills: readonly TSkill[]): TSkill[] {
  const sorted = [...skills].sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  const [first, second, third] = sorted;
  if (!first) return [];
  if (!second) return [first];
  return third && third.score - second.score <= THIRD_GAP_WITHIN ? [first, second, third] : [first, second];
}

/**
 * Questions for one skill: ones that exercise it at all, at the candidate's level first (then the
 * nearest levels), the strongest match next, easier ones first; none already recommended for
 * another gap, so each gap gets its own.
 */
export function recommendQuestions(
  track: TTrack,
  key: string,
  level: TLevel,
  candidates: readonly TCandidateQuestion[],
  taken: ReadonlySet<string> = new Set(),
): TCandidateQuestion[] {
  const guide = skillGuide(track, key);
  const levelIndex = LEVELS.indexOf(level);
  return candidates
    .filter((question) => !taken.has(question.id))
    .map((question) => ({ question, match: exerciseScore(guide, question), distance: Math.abs(LEVELS.indexOf(question.level) - levelIndex) }))
    .filter((entry) => entry.match > 0)
    .sort((a, b) => a.distance - b.distance || b.match - a.match || a.question.difficulty - b.question.difficulty || a.question.id.localeCompare(b.question.id))
    .slice(0, RECOMMENDATIONS_PER_GAP)
    .map((entry) => entry.question);
}

export function gapsFrom(
  track: TTrack,
  level: TLevel,
  skills: readonly TSkill[],
  candidates: readonly TCandidateQuestion[],
  language: TLanguage = "en",
): TGap[] {
  const taken = new Set<string>();
  return weakestSkills(skills).map((skill) => {
    const guide = skillGuide(track, skill.key);
    const recommended = recommendQuestions(track, skill.key, level, candidates, taken);
    for (const question of recommended) taken.add(question.id);
    const key = adviceKey(track, skill.key);
    return {
      key: skill.key,
      label: skill.label,
      score: skill.score,
      advice: adviceIn(language, key),
      adviceKey: key,
      tags: guide.tags.slice(0, PRACTICE_TAGS),
      recommendedQuestionIds: recommended.map((question) => question.id),
      recommendedQuestions: recommended.map(({ id, text, level: questionLevel, difficulty }) => ({ id, text, level: questionLevel, difficulty })),
    };
  });
}

/** Active questions of the track this user has never answered (in any interview): the bank is small, so all of them. */
export async function unansweredQuestions(db: TDbOrTx, userId: string, track: TTrack): Promise<TCandidateQuestion[]> {
  return db
    .select({ id: questions.id, text: questions.text, level: questions.level, difficulty: questions.difficulty, tags: questions.tags, keyPoints: questions.keyPoints })
    .from(questions)
    .where(
      and(
        eq(questions.track, track),
        eq(questions.active, true),
        notExists(
          db
            .select({ one: sql`1` })
            .from(answers)
            .where(and(eq(answers.userId, userId), eq(answers.questionId, questions.id))),
        ),
      ),
    );
}
