/**
 * Is the answer about the question? Compares the question's content terms (and key points, when the
 * question bank has them) with the answer, through stems and concept clusters, and measures how
 * much of the answer's own vocabulary belongs to the question's topic.
 */
import { clustersOf } from "@/server/scoring/builtin/concepts";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { COMMON_WORDS, GENERIC_DOMAIN_WORDS, LIGHT_VERBS, QUESTION_FRAME_WORDS } from "@/server/scoring/builtin/word-lists";

export type TTopicTerm = { stem: string; word: string; weight: number; clusters: readonly number[] };

export type TTopicMatch = {
  /** Weighted share of the question's terms the answer covers, 0..1. */
  coverage: number;
  /** Share of the question's specific terms (not everyday or generic words) the answer covers, 0..1. */
  coreCoverage: number;
  /**
   * 0..1: how strongly the answer is tied to the question, combining the question's terms, its key
   * points and the vocabulary of its sample answer and tags when the question bank provides them.
   */
  tie: number;
  /** Share of key points covered (null without key points). */
  keyPointCoverage: number | null;
  /** Share of the answer's specific vocabulary that belongs to the question's topic, 0..1. */
  focus: number;
  coveredTerms: string[];
  missingTerms: string[];
  missingKeyPoints: string[];
  /** Answer sentences that mention the topic (indices), for evidence. */
  onTopicSentences: number[];
};

const GENERIC_STEMS = new Set([...GENERIC_DOMAIN_WORDS].map(stem));
const LIGHT_STEMS = new Set([...LIGHT_VERBS].map(stem));
const COMMON_STEMS = new Set([...COMMON_WORDS].map(stem));

/**
 * Words that only set the scene of a product question ("a budgeting app", "our video-conferencing
 * product"): an answer about the right problem need not repeat them, and an answer about the wrong
 * problem often does.
 */
const SETTING = /((?:[\p{L}\p{N}]+[-\s]){1,2})(?:app|apps|application|product|platform|service|company|website|site|startup|marketplace|tool|subscription|business|game|store|shop|team)\b/giu;
const NOT_SETTING = new Set(["a", "an", "the", "our", "your", "their", "my", "this", "that", "of", "for", "in", "on", "to", "new", "whole", "entire", "mobile", "web"]);

function settingWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(SETTING)) {
    for (const word of tokenize(match[1] ?? "")) if (!NOT_SETTING.has(word)) words.add(stem(word));
  }
  return words;
}

/** "p-value", "read-heavy": hyphenated compounds also count as one joined term ("pvalue"). */
export function compoundTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []).map((c) => c.replace(/-/g, ""));
}

export function topicTerms(text: string): TTopicTerm[] {
  const terms = new Map<string, TTopicTerm>();
  const setting = settingWords(text);
  for (const token of [...tokenize(text), ...compoundTokens(text)]) {
    if (isStopWord(token) || QUESTION_FRAME_WORDS.has(token) || (token.length < 2 && !/\d/.test(token))) continue;
    const s = stem(token);
    if (terms.has(s)) continue;
    // A number the answer repeats ("an 8% drop") ties it to the question, but weakly.
    const weight = /^\d+$/.test(token) ? 0.5 : GENERIC_STEMS.has(s) || setting.has(s) ? 0.3 : LIGHT_STEMS.has(s) ? 0.6 : 1;
    terms.set(s, { stem: s, word: token, weight, clusters: clustersOf(s) });
  }
  return [...terms.values()];
}

type TAnswerVocabulary = { stems: ReadonlySet<string>; clusters: ReadonlySet<number> };

/**
 * Concept clusters the answer really talks about: a cluster counts once the answer uses its words
 * at least twice, so one passing "wrong" does not make a success story about a mistake.
 */
function vocabularyOf(stems: readonly string[]): TAnswerVocabulary {
  const mentions = new Map<number, number>();
  for (const s of stems) for (const c of clustersOf(s)) mentions.set(c, (mentions.get(c) ?? 0) + 1);
  const clusters = new Set([...mentions].filter(([, count]) => count >= 2).map(([cluster]) => cluster));
  return { stems: new Set(stems), clusters };
}

function sharesPrefix(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5);
}

function covers(term: TTopicTerm, vocabulary: TAnswerVocabulary, stemList: readonly string[]): boolean {
  if (vocabulary.stems.has(term.stem)) return true;
  if (term.clusters.some((c) => vocabulary.clusters.has(c))) return true;
  return stemList.some((s) => sharesPrefix(s, term.stem));
}

function weightedCoverage(terms: readonly TTopicTerm[], vocabulary: TAnswerVocabulary, stemList: readonly string[]): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return 0;
  return terms.filter((t) => covers(t, vocabulary, stemList)).reduce((sum, t) => sum + t.weight, 0) / total;
}

/** Specific stems of the sample answer and tags: the vocabulary an on-topic answer tends to use. */
function expansionStems(question: TTopicQuestion): Set<string> {
  const text = [question.sampleAnswer ?? "", ...(question.tags ?? [])].join(" ");
  return new Set(
    tokenize(text)
      .filter((t) => !isStopWord(t) && t.length > 2 && !/\d/.test(t))
      .map(stem)
      .filter((s) => !COMMON_STEMS.has(s) && !GENERIC_STEMS.has(s)),
  );
}

export type TTopicQuestion = {
  text: string;
  keyPoints?: readonly string[];
  sampleAnswer?: string;
  tags?: readonly string[];
};

export function matchTopic(
  question: TTopicQuestion,
  answerStems: readonly string[],
  sentenceStems: readonly (readonly string[])[],
): TTopicMatch {
  const terms = topicTerms(question.text);
  const keyPoints = question.keyPoints?.filter((k) => k.trim().length > 0) ?? [];
  const keyPointTerms = keyPoints.map((k) => topicTerms(k));
  const vocabulary = vocabularyOf(answerStems);
  const uniqueAnswerStems = [...vocabulary.stems];

  const allTerms = [...terms, ...keyPointTerms.flat()];
  const coverage = weightedCoverage(terms, vocabulary, uniqueAnswerStems);
  const coreTerms = terms.filter((t) => t.weight === 1 || t.weight === 0.5);
  const coreCoverage = weightedCoverage(coreTerms.length > 0 ? coreTerms : terms, vocabulary, uniqueAnswerStems);

  const keyPointResults = keyPointTerms.map((kpTerms) => weightedCoverage(kpTerms, vocabulary, uniqueAnswerStems) >= 0.5);
  const keyPointCoverage = keyPoints.length === 0 ? null : keyPointResults.filter(Boolean).length / keyPoints.length;

  const topicStems = new Set(allTerms.map((t) => t.stem));
  const topicClusters = new Set(allTerms.flatMap((t) => t.clusters));
  const belongs = (s: string): boolean =>
    topicStems.has(s) || clustersOf(s).some((c) => topicClusters.has(c)) || allTerms.some((t) => sharesPrefix(t.stem, s));
  const specific = answerStems.filter((s) => !COMMON_STEMS.has(s) && !GENERIC_STEMS.has(s) && s.length > 2);
  const focus = specific.length === 0 ? 0 : specific.filter(belongs).length / specific.length;

  const questionTie = 0.6 * coreCoverage + 0.4 * coverage;
  const expansion = expansionStems(question);
  const expansionHits = [...vocabulary.stems].filter((s) => expansion.has(s)).length;
  const expansionTie = expansion.size === 0 ? null : Math.min(1, expansionHits / Math.max(3, 0.2 * expansion.size));
  const withExpansion = expansionTie === null ? questionTie : 0.5 * questionTie + 0.5 * expansionTie;
  const tie = keyPointCoverage === null ? withExpansion : 0.5 * withExpansion + 0.5 * keyPointCoverage;

  const onTopicSentences: number[] = [];
  sentenceStems.forEach((stems, index) => {
    if (stems.some((s) => belongs(s) && !GENERIC_STEMS.has(s))) onTopicSentences.push(index);
  });

  return {
    coverage,
    coreCoverage,
    tie,
    keyPointCoverage,
    focus,
    coveredTerms: terms.filter((t) => covers(t, vocabulary, uniqueAnswerStems)).map((t) => t.word),
    missingTerms: terms.filter((t) => t.weight >= 1 && !covers(t, vocabulary, uniqueAnswerStems)).map((t) => t.word),
    missingKeyPoints: keyPoints.filter((_, i) => keyPointResults[i] !== true),
    onTopicSentences,
  };
}
