/**
 * The question side of the topic match (topic.ts): the question's terms, its key points' terms,
 * the vocabulary of its sample answer and tags, and what follows from them. None of it depends on
 * the answer, so it is computed once per question (question-cache.ts) rather than for every answer.
 */
import { clustersOf, isStoryDefiningTheme, isStoryTheme } from "@/server/scoring/builtin/concepts";
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { RU_SETTING_NOUNS } from "@/server/scoring/builtin/language/word-lists-ru-ko";
import { COMMON_WORDS, GENERIC_DOMAIN_WORDS, LIGHT_VERBS, QUESTION_FRAME_WORDS } from "@/server/scoring/builtin/word-lists";

export type TTopicTerm = { stem: string; word: string; weight: number; clusters: readonly number[] };

export type TTopicQuestion = {
  text: string;
  keyPoints?: readonly string[];
  sampleAnswer?: string;
  /** A follow-up's parent question and its sample answer (TScoreQuestion.context). */
  context?: string;
  tags?: readonly string[];
};

export const GENERIC_STEMS = new Set([...GENERIC_DOMAIN_WORDS].map(stem));
export const LIGHT_STEMS = new Set([...LIGHT_VERBS].map(stem));
export const COMMON_STEMS = new Set([...COMMON_WORDS].map(stem));

/**
 * Words that only set the scene of a product question ("a budgeting app", "our video-conferencing
 * product"): an answer about the right problem need not repeat them, and an answer about the wrong
 * problem often does.
 */
const SETTING = /((?:[\p{L}\p{N}]+[-\s]){1,2})(?:app|apps|application|product|platform|service|company|website|site|startup|marketplace|tool|subscription|business|game|store|shop|team)\b/giu;
const NOT_SETTING = new Set(["a", "an", "the", "our", "your", "their", "my", "this", "that", "of", "for", "in", "on", "to", "new", "whole", "entire", "mobile", "web"]);

/**
 * The same in Russian: one or two words before an inflected scene noun ("в нашем интернет-магазине").
 * A hyphenated compound ending in the noun ("интернет-магазин", "бэкенд-сервис") is scene as a whole.
 */
const SETTING_RU = new RegExp(
  `((?:[\\p{L}\\p{N}]+[-\\s]){1,2})((?:${RU_SETTING_NOUNS.join("|")})[\\p{L}]*)`,
  "giu",
);
const CYRILLIC = /[\u0400-\u04FF]/u;

function computeSettingWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(SETTING)) {
    const scene = match[1] ?? "";
    for (const word of [...tokenize(scene), ...compoundTokens(scene)]) if (!NOT_SETTING.has(word)) words.add(stem(word));
  }
  if (!CYRILLIC.test(text)) return words;
  for (const match of text.matchAll(SETTING_RU)) {
    const scene = match[1] ?? "";
    const joined = /-$/.test(scene) ? compoundTokens(`${scene}${match[2] ?? ""}`) : [];
    for (const word of [...tokenize(scene), ...joined]) if (!isStopWord(word) && !NOT_SETTING.has(word)) words.add(stem(word));
  }
  return words;
}

/** The scene words of a text (memoised: a question's are read for every answer to it). */
export const settingWords = memoByKey(computeSettingWords);

/**
 * "p-value", "read-heavy": hyphenated compounds also count as one joined term ("pvalue"). Not a
 * compound: the tail of a slashed one ("A/B-test" would give "btest", a word nobody writes), or, in
 * Russian, function words joined by a hyphen ("вот-вот" "any moment", "из-за" "because of",
 * "что-нибудь"); English keeps its "one-on-one".
 */
export function compoundTokens(text: string): string[] {
  return (text.toLowerCase().match(/(?<![\p{L}\p{N}]\/)(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? [])
    .filter((c) => !CYRILLIC.test(c) || !c.split("-").every(isStopWord))
    .map((c) => c.replace(/-/g, ""));
}

function computeTopicTerms(text: string): readonly TTopicTerm[] {
  const terms = new Map<string, TTopicTerm>();
  const setting = settingWords(text);
  for (const token of [...tokenize(text), ...compoundTokens(text)]) {
    if (isStopWord(token) || QUESTION_FRAME_WORDS.has(token) || (token.length < 2 && !/\d/.test(token))) continue;
    const s = stem(token);
    // A one-letter stem ("잡" of "잡는다", a verb cut from its ending) is too short to meet the answer's words.
    if (terms.has(s) || (s.length < 2 && !/\d/.test(s))) continue;
    // A number the answer repeats ("an 8% drop") ties it to the question, but weakly.
    const weight = /^\d+$/.test(token) ? 0.5 : GENERIC_STEMS.has(s) || setting.has(s) ? 0.3 : LIGHT_STEMS.has(s) ? 0.6 : 1;
    terms.set(s, { stem: s, word: token, weight, clusters: clustersOf(s) });
  }
  return [...terms.values()];
}

/** A text's topic terms, each stem once (memoised: a question's and its key points' are read for every answer). */
export const topicTerms = memoByKey(computeTopicTerms);

/** What the question already says: its words, numbers and phrases, which an answer can only repeat. */
export type TEcho = { stems: ReadonlySet<string>; tokens: ReadonlySet<string>; phrases: (match: string) => boolean };

function computeEcho(question: string): TEcho {
  const lower = question.toLowerCase().replace(/\s+/g, " ");
  const tokens = new Set(tokenize(lower));
  return {
    tokens,
    stems: new Set([...tokens].filter((t) => !isStopWord(t)).map(stem)),
    phrases: (match) => lower.includes(match.toLowerCase().replace(/\s+/g, " ")),
  };
}

/** Memoised: a question's echo is read for every answer to it. */
export const echoOf = memoByKey(computeEcho);

/** A question's content stems in order, with repeats (memoised per question). */
export const questionContentStems = memoByKey((text: string): readonly string[] => tokenize(text).filter((t) => !isStopWord(t)).map(stem));

/** Specific stems of a text: the vocabulary an on-topic answer tends to use. */
function vocabularyStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !isStopWord(t) && t.length > 2 && !/\d/.test(t))
      .map(stem)
      .filter((s) => !COMMON_STEMS.has(s) && !GENERIC_STEMS.has(s)),
  );
}

/**
 * The sample answer's and tags' vocabulary, and a follow-up's context (its parent question and that
 * question's sample answer), with how many of those words an answer must use to count as fully tied.
 * A sample answer asks for a fifth of its words; a follow-up's context is broader than the reply, so a
 * tenth, at most 8, is enough: "request id", "latency", "secrets" tie a reply about logging.
 */
function expansionOf(question: TTopicQuestion): { expansion: ReadonlySet<string>; expansionNeed: number } {
  const own = vocabularyStems([question.sampleAnswer ?? "", ...(question.tags ?? [])].join(" "));
  const context = vocabularyStems(question.context ?? "");
  const need = question.sampleAnswer?.trim() || context.size === 0 ? 0.2 * own.size : Math.min(8, 0.1 * context.size);
  return { expansion: new Set([...own, ...context]), expansionNeed: Math.max(3, need) };
}

export type TQuestionTopic = {
  terms: readonly TTopicTerm[];
  /** Key points that say something (blank ones dropped). */
  keyPoints: readonly string[];
  keyPointTerms: readonly (readonly TTopicTerm[])[];
  /** The question's specific terms: neither generic, scene-setting nor light (numbers count). */
  coreTerms: readonly TTopicTerm[];
  expansion: ReadonlySet<string>;
  /** How many expansion words an answer uses to be fully tied to it (expansionOf). */
  expansionNeed: number;
  /** Terms naming a story-defining theme (a mistake, a conflict). */
  themeTerms: readonly TTopicTerm[];
  /** The question's terms and its key points' terms. */
  allTerms: readonly TTopicTerm[];
  topicStems: ReadonlySet<string>;
  topicClusters: ReadonlySet<number>;
};

/** How far after a theme word ("miss its deadline") the word it acts on may come. */
const THEME_OBJECT_REACH = 2;

/**
 * Question words that name a defining theme outright. The rest of the theme's vocabulary ("wrong",
 * "missing", "lost") says something else in a question as often as not: "something you believed was
 * wrong" asks about ethics, "when things were going wrong fast" about an emergency, "a goal you ended
 * up missing" about a target; their genuine stories need not name a mistake at all.
 */
const THEME_HEADS: ReadonlySet<string> = new Set(
  "mistake mistakes error errors fail failed failure failures conflict conflicts disagree disagreed disagreement argue argued argument clash tension dispute"
    .split(" ")
    .map(stem),
);

/**
 * Russian and Korean questions keep their whole theme vocabulary: their wording was not measured this
 * way, and their theme words (language/concepts-ru-ko.ts) are fewer and closer to the theme's name.
 */
const namesThemeOutright = (s: string): boolean => THEME_HEADS.has(s) || !/^[a-z]/.test(s);

/**
 * The terms naming the story's defining theme (a mistake, a conflict). A theme word acting on
 * another theme's word right after it ("miss its deadline", "failed the launch") asks for a story
 * of that other theme, told in its own words ("two weeks late", "due on the 31st"), so that word
 * names the theme too: a story that keeps coming back to either fits.
 */
function themeTermsOf(text: string, terms: readonly TTopicTerm[]): readonly TTopicTerm[] {
  if (!terms.some((t) => t.clusters.some(isStoryDefiningTheme))) return [];
  const defining = terms.filter((t) => t.clusters.some(isStoryDefiningTheme) && namesThemeOutright(t.stem));
  const byStem = new Map(terms.map((t) => [t.stem, t]));
  const stems = tokenize(text).map(stem);
  const objects = new Set<TTopicTerm>();
  stems.forEach((s, i) => {
    // "Miss its deadline" asks for a deadline story even though "miss" alone defines nothing.
    if (!byStem.get(s)?.clusters.some(isStoryDefiningTheme)) return;
    for (const next of stems.slice(i + 1, i + 1 + THEME_OBJECT_REACH)) {
      const object = byStem.get(next);
      if (object !== undefined && object.clusters.some((c) => isStoryTheme(c) && !isStoryDefiningTheme(c))) objects.add(object);
    }
  });
  return [...defining, ...objects];
}

function computeQuestionTopic(key: string): TQuestionTopic {
  const [text, keyPointList, sampleAnswer, tags, context] = JSON.parse(key) as [string, string[], string, string[], string];
  const terms = topicTerms(text);
  const keyPoints = keyPointList.filter((k) => k.trim().length > 0);
  const keyPointTerms = keyPoints.map((k) => topicTerms(k));
  const allTerms = [...terms, ...keyPointTerms.flat()];
  return {
    terms,
    keyPoints,
    keyPointTerms,
    coreTerms: terms.filter((t) => t.weight === 1 || t.weight === 0.5),
    ...expansionOf({ text, sampleAnswer, tags, context }),
    themeTerms: themeTermsOf(text, terms),
    allTerms,
    topicStems: new Set(allTerms.map((t) => t.stem)),
    topicClusters: new Set(allTerms.flatMap((t) => t.clusters)),
  };
}

const questionTopicByKey = memoByKey(computeQuestionTopic);

/** The question side of the topic match, keyed by everything it reads: the text, key points, sample answer and tags. */
export function questionTopic(question: TTopicQuestion): TQuestionTopic {
  return questionTopicByKey(JSON.stringify([question.text, question.keyPoints ?? [], question.sampleAnswer ?? "", question.tags ?? [], question.context ?? ""]));
}
