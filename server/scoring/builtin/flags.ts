/**
 * Answer-level checks: no answer, too short, padding, off topic, and how relevant the answer is.
 * The analyzer turns them into flags and caps; the feedback explains them to the candidate.
 */
import type { TTextFeatures } from "@/server/scoring/builtin/features";
import type { TFocusCheck } from "@/server/scoring/builtin/question-focus";
import type { TSituationFit } from "@/server/scoring/builtin/situations";
import { announcesAnotherGoal, type TStatedGoal } from "@/server/scoring/builtin/stated-goal";
import type { TTopicMatch } from "@/server/scoring/builtin/topic";

export type TAnswerChecks = {
  noAnswer: boolean;
  tooShort: boolean;
  /** 0..1: how much of the answer is buzzwords, filler, repetition and generalities. */
  padding: number;
  isPadding: boolean;
  offTopic: boolean;
  /** 0..1: how well the answer is tied to the question's topic (and key points). */
  relevance: number;
  /** A coding answer with neither code nor the steps of an algorithm: it describes a solution it never gives. */
  noSolution?: boolean;
};

/** Below this much code, a coding answer has to give its algorithm in words. */
const SOME_CODE = 40;
/** Data structures and algorithm steps (not echoed from the question) a prose-only solution names at least. */
const PROSE_SOLUTION_STEPS = 3;

export function isCodingWithoutSolution(f: TTextFeatures, rubric: string): boolean {
  return rubric === "coding" && f.codeChars < SOME_CODE && f.lexicon.algorithm.count + f.lexicon.signpost.count < PROSE_SOLUTION_STEPS;
}

function isGibberish(f: TTextFeatures): boolean {
  if (f.codeChars > 0 || f.proseWordCount < 4) return false;
  return f.wordlikeRatio < 0.6 || (f.proseWordCount >= 8 && f.stopWordRatio < 0.08);
}

function isDontKnow(f: TTextFeatures): boolean {
  return f.lexicon.dontKnow.count > 0 && f.wordCount <= 25 && f.specificStems.size <= 2 && f.codeChars === 0;
}

/**
 * Padding: long, polished, empty. Buzzwords, filler, habitual generalities ("I always..."), talk
 * about the question instead of answering it, repetition and a low density of concrete content
 * push it up; numbers, names, code and concrete actions pull it down. Measured per 100 words, so
 * length alone never lowers it.
 */
export function paddingScore(f: TTextFeatures): number {
  const words = Math.max(f.proseWordCount, 1);
  const per100 = (n: number): number => (n / words) * 100;
  const concrete =
    f.numberCount +
    f.namedEntities.size +
    f.codeChars / 40 +
    f.personalActionCount +
    f.lexicon.complexity.count +
    f.lexicon.tradeOff.count +
    f.lexicon.example.count;
  const emptiness =
    0.3 * Math.min(1, per100(f.lexicon.buzzword.count) / 6) +
    0.25 * Math.min(1, per100(f.lexicon.filler.count + f.lexicon.habitual.count + f.lexicon.metaTalk.count) / 8) +
    0.25 * (1 - Math.min(1, per100(concrete) / 5)) +
    0.1 * Math.min(1, f.repeatedTrigramRatio * 4 + f.repeatedSentenceRatio * 2) +
    // Short answers repeat their key terms by necessity; diversity only says something on long ones.
    (f.proseWordCount >= 60 ? 0.1 * Math.max(0, Math.min(1, (0.75 - f.lexicalDiversity) / 0.25)) : 0) +
    // Restating the question fills space without answering it.
    0.2 * Math.min(1, (f.restatedSentences / Math.max(1, f.sentences.length)) * 2);
  return Math.max(0, Math.min(1, (emptiness - 0.2) / 0.45));
}

/** The relevance assumed when the question gives word overlap nothing to measure. */
const NEUTRAL_RELEVANCE = 0.75;

/** Topic fit (tie + explained share) at or below which an answer is unrelated, and from which it is fully related. */
const FIT_NONE = 0.1;
const FIT_FULL = 0.5;
/** Below this topic fit a long answer is about something else. */
const UNRELATED_FIT = 0.3;
const LONG_ENOUGH_TO_TELL = 100;
/** The relevance an answer that names its subject by pronoun ("if many want it, I'd build it") is given at least. */
const REFERRED_RELEVANCE = 0.8;
/** Situation fit of a story at or below which it is of another kind, and from which it is of the asked kind. */
const SITUATION_NONE = 0.3;
const SITUATION_FULL = 0.8;
/** How much the situation match weighs against word overlap for story questions. */
const SITUATION_WEIGHT = 0.65;

/** Section share from which an answer counts as fully on the question, and what an answer that never returns to it keeps. */
const SECTION_FULL = 0.5;
const SECTION_FLOOR = 0.5;

/** The least relevance of an answer whose code defines the function the question names. */
const ASKED_NAME_RELEVANCE = 0.8;

/** Below this topic tie an answer shares almost nothing with its question. */
export const UNRELATED_TIE = 0.1;
/** Below this tie, an answer whose own vocabulary is about something else is judged off topic. */
export const WEAK_TIE = 0.3;

/** "Tell me about a time...", "Describe a situation...": questions whose answer is one story. */
const STORY_QUESTION = /\b(?:a time|an? (?:situation|occasion|moment|instance|example) (?:when|where|in which)|tell me about|describe an? (?:time|situation|mistake|failure|conflict|project|challenge|moment))\b/i;

export function isStoryQuestion(question: string, rubric: string): boolean {
  return rubric === "behavioral" || STORY_QUESTION.test(question);
}

export function checkAnswer(
  f: TTextFeatures,
  topic: TTopicMatch,
  minimumWords: number,
  storyQuestion: boolean,
  /** Best specific coverage the answer reaches on another bank question of the same track (0..1). */
  otherFit = 0,
  /** For story questions: whether the story is of the kind the question asks for. */
  situation: TSituationFit | null = null,
  /** The goal the answer announces in its opening ("To decode the string, …"), if any. */
  goal: TStatedGoal | null = null,
  /** For other questions: whether the answer names what the question asks about (question-focus.ts). */
  focus: TFocusCheck | null = null,
  /** Whether the answer's code defines the function the question names ("least_time(tasks, n)") or only others (stated-goal.ts). */
  askedFunction: "defined" | "other" | null = null,
): TAnswerChecks {
  const noAnswer = f.wordCount < 3 && f.codeChars === 0 ? true : isDontKnow(f) || isGibberish(f);
  const oneSentence = f.sentences.length <= 1 && f.wordCount < 25 && f.codeChars < 40;
  const tooShort = !noAnswer && ((f.wordCount < minimumWords && f.codeChars < 40) || oneSentence);
  const padding = paddingScore(f);
  const isPadding = !noAnswer && f.proseWordCount >= 60 && padding >= 0.5;

  // "If many people want it, I'd build it": the subject is named by pronoun, which word overlap
  // cannot see; two such references are taken as enough tie to the question.
  const referred = f.pronounReferences >= 2;
  const tie = referred ? Math.max(topic.tie, WEAK_TIE) : topic.tie;
  // Where overlap says little (few specific words in the question), lean towards a neutral prior
  // instead of punishing an answer that paraphrases.
  // The question's terms found in the answer, plus how much of the answer's own specific
  // vocabulary the question explains: a competent answer to another question covers some of this
  // question's words but dwells on its own.
  const fit = tie + topic.explained;
  const overlap = Math.max(0, Math.min(1, (fit - FIT_NONE) / (FIT_FULL - FIT_NONE)));
  const measured = referred ? Math.max(overlap, REFERRED_RELEVANCE) : overlap;
  const base = topic.tieConfidence * measured + (1 - topic.tieConfidence) * NEUTRAL_RELEVANCE;
  // An answer that fits another question of the track far better than this one was most likely
  // written for that one. Stories are told in everyday words, so for them the comparison says less.
  const foreignFit = Math.max(0, Math.min(1, (otherFit - topic.specificCoverage - 0.15) / 0.4));
  // Section by section: an answer that names the question only in passing spends its content elsewhere.
  const sections = storyQuestion ? 1 : SECTION_FLOOR + (1 - SECTION_FLOOR) * Math.min(1, topic.sectionShare / SECTION_FULL);
  const wordRelevance = base * (1 - (storyQuestion ? 0.25 : 0.5) * foreignFit) * sections;
  // Stories are told in their own words, so for a story question whose kind of situation is known
  // the situation match says more than word overlap does.
  const situationRelevance =
    storyQuestion && situation?.fit != null ? Math.max(0, Math.min(1, (situation.fit - SITUATION_NONE) / (SITUATION_FULL - SITUATION_NONE))) : null;
  const blended = situationRelevance === null ? wordRelevance : (1 - SITUATION_WEIGHT) * wordRelevance + SITUATION_WEIGHT * situationRelevance;
  const measuredRelevance = situation?.trusted === false ? Math.max(wordRelevance, blended) : blended;
  // Code that defines the very function the question names is on this question, whatever its prose repeats.
  const definesAskedName = askedFunction === "defined";
  const relevance = definesAskedName ? Math.max(measuredRelevance, ASKED_NAME_RELEVANCE) : measuredRelevance;

  // Off topic needs a fluent answer that is demonstrably about something else. Word overlap is a
  // blunt tool (answers paraphrase, and a question may name its subject once), so each case needs
  // strong evidence: the question's specific terms go unanswered and either nearly nothing ties
  // the answer to it or another question of the track fits it far better. Story questions are
  // flagged on words only when the question has a defining theme (a mistake, a conflict) that the
  // story never names: other themes are told in everyday language that overlap cannot see.
  const fluent = f.wordCount >= 30 && f.sentences.length >= 2;
  const enoughToGoOn = topic.specificMass >= 2;
  const unanswered = topic.uncoveredCoreTerms >= 3 && topic.coreCoverage <= 0.2;
  const aboutSomethingElse =
    (!storyQuestion &&
      enoughToGoOn &&
      // An answer that uses none of the question's own words is unanswered however much of its domain
      // it shares: what covers the question's terms then is concepts ("query" for "index") alone.
      (((unanswered || (topic.namesNoTermExactly && topic.uncoveredCoreTerms >= 3)) && (tie < UNRELATED_TIE || (tie < WEAK_TIE && topic.foreignTopic))) ||
        (topic.specificCoverage < 0.2 && otherFit - topic.specificCoverage >= 0.45) ||
        // The longer an answer, the surer the absence: 100 words that name almost none of the
        // question's specific terms, and whose own specific words the question does not explain,
        // are about something else.
        (f.wordCount >= LONG_ENOUGH_TO_TELL && fit < UNRELATED_FIT && topic.uncoveredCoreTerms >= 5))) ||
    // A mistake or conflict story names the mistake or the conflict; a success story does not fit.
    // Named in everyday phrases ("I hadn't checked", "what I'd done") twice counts as named.
    (storyQuestion && topic.themeCovered === false && topic.specificCoverage < 0.4 && (situation?.askedNamed ?? 0) < 2) ||
    // A story of another kind: the asked situation is never named while another one is, repeatedly.
    (storyQuestion && situation?.otherKind === true) ||
    // The answer says outright which problem it solves, and the question names almost none of it.
    announcesAnotherGoal(goal) ||
    // What the question asks about is never named, while the answer keeps coming back to a subject of its own.
    (!storyQuestion && focus?.drifts === true) ||
    // Code for another function than the one the question names, which the answer never mentions.
    askedFunction === "other";
  // "Test it", "ship it" tie an answer to the question's subject, except to a comparison whose two
  // sides it never names: no single "it" stands for both.
  const offTopic = !noAnswer && !isPadding && !definesAskedName && (!referred || focus?.neitherSide === true) && fluent && aboutSomethingElse;

  return { noAnswer, tooShort, padding, isPadding, offTopic, relevance };
}
