/**
 * Is the answer about the question? Compares the question's content terms (and key points, sample
 * answer and tags when the question bank has them) with the answer, through stems and concept
 * clusters, and describes what the answer itself is mostly about.
 */
import { clustersOf } from "@/server/scoring/builtin/concepts";
import { sectionShare } from "@/server/scoring/builtin/section-relevance";
import { letterLength, sharesHangulBigram } from "@/server/scoring/builtin/language/korean";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { COMMON_STEMS, GENERIC_STEMS, LIGHT_STEMS, questionTopic, type TTopicQuestion, type TTopicTerm } from "@/server/scoring/builtin/topic-question";

export { compoundTokens, settingWords, topicTerms, type TTopicQuestion, type TTopicTerm } from "@/server/scoring/builtin/topic-question";

export type TTopicMatch = {
  /** Weighted share of the question's terms the answer covers, 0..1. */
  coverage: number;
  /** Share of the question's specific terms (not generic, scene-setting or light words) covered, 0..1. */
  coreCoverage: number;
  /**
   * 0..1: how strongly the answer is tied to the question, combining the question's terms, its key
   * points and the vocabulary of its sample answer and tags when the question bank provides them.
   */
  tie: number;
  /** Share of key points covered (null without key points). */
  keyPointCoverage: number | null;
  /**
   * Whether the story is about the question's defining theme (a mistake, a conflict); null when the
   * question has no such theme.
   */
  themeCovered: boolean | null;
  /**
   * 0..1: coverage of the question's terms weighted by how specific each is (bank IDF and English
   * rarity), so shared track vocabulary ("users", "latency", "team") hardly counts.
   */
  specificCoverage: number;
  /** Total specificity of the question's terms: how much a word comparison has to go on. */
  specificMass: number;
  /** How many of the question's specific terms the answer never mentions. */
  uncoveredCoreTerms: number;
  /**
   * 0..1: how far the tie can be trusted. A question with one or two specific words ("Explain the
   * CAP theorem") gives overlap little to go on; key points or a sample answer give it plenty.
   */
  tieConfidence: number;
  /**
   * The answer's most repeated specific words belong to another topic, while none of the
   * question's specific words comes back twice: what a fluent answer to another question looks like.
   */
  foreignTopic: boolean;
  /**
   * 0..1: how much of the answer's own specific vocabulary (weighted by specificity and by how often
   * it comes back) the question explains: its words, their close variants, its key points and sample
   * answer. A competent answer to another question dwells on that question's terms instead.
   */
  explained: number;
  coveredTerms: string[];
  missingTerms: string[];
  missingKeyPoints: string[];
  /** Answer sentences that mention the topic (indices), for evidence. */
  onTopicSentences: number[];
  /** 0..1: share of the answer's specific content in sentences that name the question's specific terms (see section-relevance.ts). */
  sectionShare: number;
  /**
   * The answer uses none of the question's own words: whatever ties it to the question comes through
   * neighbouring concepts ("query" for "index") or a loose variant ("데이터" for "데이터베이스").
   */
  namesNoTermExactly: boolean;
};

/** Close variants: a shared five-letter prefix, or for Korean compounds a shared syllable bigram (language/korean.ts). */
function sharesPrefix(a: string, b: string): boolean {
  return (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) || sharesHangulBigram(a, b);
}

/** The answer's vocabulary, with how often each stem and each concept cluster comes up. */
class AnswerVocabulary {
  readonly stemCounts = new Map<string, number>();
  readonly clusterCounts = new Map<number, number>();
  /** mentions() per term: each term is asked about several times, and each answer scans every stem. */
  private readonly mentionCounts = new Map<TTopicTerm, number>();

  constructor(stems: readonly string[]) {
    for (const s of stems) {
      this.stemCounts.set(s, (this.stemCounts.get(s) ?? 0) + 1);
      for (const c of clustersOf(s)) this.clusterCounts.set(c, (this.clusterCounts.get(c) ?? 0) + 1);
    }
  }

  /** How often the answer mentions the term: itself, a word sharing its first letters, or its concept. */
  mentions(term: TTopicTerm): number {
    const known = this.mentionCounts.get(term);
    if (known !== undefined) return known;
    let count = 0;
    for (const [s, n] of this.stemCounts) if (s === term.stem || sharesPrefix(s, term.stem)) count += n;
    for (const c of term.clusters) count = Math.max(count, this.clusterCounts.get(c) ?? 0);
    this.mentionCounts.set(term, count);
    return count;
  }

  mentionsWord(term: TTopicTerm): boolean {
    for (const s of this.stemCounts.keys()) if (s === term.stem || sharesPrefix(s, term.stem)) return true;
    return false;
  }

  covers(term: TTopicTerm): boolean {
    return this.mentions(term) > 0;
  }
}

/**
 * Coverage weighted by specificity. A term met only through its concept cluster ("tedious" for
 * "boring") counts at 0.7: a paraphrase is evidence, but weaker than the word itself.
 */
function specificityCoverage(terms: readonly TTopicTerm[], vocabulary: AnswerVocabulary): { coverage: number; mass: number } {
  let mass = 0;
  let covered = 0;
  for (const term of terms) {
    if (/^\d+$/.test(term.stem)) continue;
    const weight = specificity(term.stem) * (term.weight < 1 ? 0.6 : 1);
    mass += weight;
    if (vocabulary.mentionsWord(term)) covered += weight;
    else if (vocabulary.covers(term)) covered += 0.7 * weight;
  }
  return { coverage: mass === 0 ? 0 : covered / mass, mass };
}

function weightedCoverage(terms: readonly TTopicTerm[], vocabulary: AnswerVocabulary): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return 0;
  return terms.filter((t) => vocabulary.covers(t)).reduce((sum, t) => sum + t.weight, 0) / total;
}

/** Lengths are in letters (letterLength): a two-syllable Korean word is as long as a four-letter English one. */
function isSpecificStem(s: string): boolean {
  return letterLength(s) >= 4 && !/\d/.test(s) && !COMMON_STEMS.has(s) && !GENERIC_STEMS.has(s) && !LIGHT_STEMS.has(s);
}

/** Only words at least this specific say what an answer is about. */
const SALIENT_SPECIFICITY = 0.35;

/**
 * Share of the answer's salient vocabulary the question accounts for: each specific stem weighs its
 * specificity times log2(1 + mentions), so the subject an answer dwells on counts most. A stem met
 * only through a concept cluster of the question counts half.
 */
function explainedShare(vocabulary: AnswerVocabulary, isQuestionWord: (s: string) => boolean, isQuestionConcept: (s: string) => boolean): number {
  let mass = 0;
  let explained = 0;
  for (const [s, n] of vocabulary.stemCounts) {
    const weight = specificity(s);
    if (weight < SALIENT_SPECIFICITY || letterLength(s) < 3) continue;
    const salience = weight * Math.log2(1 + n);
    mass += salience;
    if (isQuestionWord(s)) explained += salience;
    else if (isQuestionConcept(s)) explained += 0.5 * salience;
  }
  return mass === 0 ? 0 : explained / mass;
}

export function matchTopic(
  question: TTopicQuestion,
  answerStems: readonly string[],
  sentenceStems: readonly (readonly string[])[],
): TTopicMatch {
  const { terms, keyPoints, keyPointTerms, coreTerms, expansion, expansionNeed, themeTerms, allTerms, topicStems, topicClusters } = questionTopic(question);
  const vocabulary = new AnswerVocabulary(answerStems);

  const coverage = weightedCoverage(terms, vocabulary);
  const coreCoverage = weightedCoverage(coreTerms.length > 0 ? coreTerms : terms, vocabulary);

  const keyPointResults = keyPointTerms.map((kpTerms) => weightedCoverage(kpTerms, vocabulary) >= 0.5);
  const keyPointCoverage = keyPoints.length === 0 ? null : keyPointResults.filter(Boolean).length / keyPoints.length;

  const specific = specificityCoverage(terms, vocabulary);
  const questionTie = 0.75 * specific.coverage + 0.25 * coverage;
  const expansionHits = [...vocabulary.stemCounts.keys()].filter((s) => expansion.has(s)).length;
  const expansionTie = expansion.size === 0 ? null : Math.min(1, expansionHits / expansionNeed);
  const withExpansion = expansionTie === null ? questionTie : 0.5 * questionTie + 0.5 * expansionTie;
  const tie = keyPointCoverage === null ? withExpansion : 0.5 * withExpansion + 0.5 * keyPointCoverage;

  // A story about a mistake or a conflict names it more than once ("forgot", "broke", "rolled
  // back"); a single passing word ("building the wrong thing") does not make a success story fit.
  const themeCovered = themeTerms.length === 0 ? null : themeTerms.some((t) => vocabulary.mentions(t) >= 2);

  const belongs = (s: string): boolean =>
    topicStems.has(s) || expansion.has(s) || clustersOf(s).some((c) => topicClusters.has(c)) || allTerms.some((t) => sharesPrefix(t.stem, s));
  const repeatedForeign = [...vocabulary.stemCounts].some(([s, n]) => n >= 2 && isSpecificStem(s) && !belongs(s));
  const repeatedQuestionTerm = coreTerms.some((t) => vocabulary.mentions(t) >= 2);
  const foreignTopic = repeatedForeign && !repeatedQuestionTerm;

  const explained = explainedShare(vocabulary, (s) => topicStems.has(s) || expansion.has(s) || allTerms.some((t) => sharesPrefix(t.stem, s)), (s) =>
    clustersOf(s).some((c) => topicClusters.has(c)),
  );

  const onTopicSentences: number[] = [];
  sentenceStems.forEach((stems, index) => {
    if (stems.some((s) => belongs(s) && !GENERIC_STEMS.has(s))) onTopicSentences.push(index);
  });

  return {
    coverage,
    coreCoverage,
    specificCoverage: specific.coverage,
    specificMass: specific.mass,
    tie,
    keyPointCoverage,
    themeCovered,
    uncoveredCoreTerms: coreTerms.filter((t) => !vocabulary.covers(t)).length,
    tieConfidence: keyPointCoverage !== null || expansionTie !== null ? 1 : Math.min(1, coreTerms.length / 4),
    foreignTopic,
    explained,
    coveredTerms: terms.filter((t) => vocabulary.covers(t)).map((t) => t.word),
    missingTerms: terms.filter((t) => t.weight >= 1 && !vocabulary.covers(t)).map((t) => t.word),
    missingKeyPoints: keyPoints.filter((_, i) => keyPointResults[i] !== true),
    onTopicSentences,
    sectionShare: sectionShare(terms, sentenceStems),
    namesNoTermExactly: !terms.some((t) => vocabulary.stemCounts.has(t.stem)),
  };
}
