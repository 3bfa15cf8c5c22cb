/**
 * How specific a word is: inverse document frequency over a reference corpus (the whole seeded
 * question bank: each question with its key points and sample answer is one document), discounted
 * for everyday English words. Vocabulary that every question of a track shares ("user", "metric",
 * "latency", "team") weighs little; the words that make one question different from the others
 * weigh most. Computed once at module load (~20 ms), then every lookup is a map read.
 */
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { ENGLISH_RANK } from "@/server/scoring/builtin/english-frequency";
import { RU_KO_RANK } from "@/server/scoring/builtin/language/frequency-ru-ko";
import { bankLanguageOf, TRANSLATED_BANK } from "@/server/scoring/builtin/language/translated-bank";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";

type TCorpusStats = {
  documents: number;
  /** Translated bank questions per language: the corpus a Russian or Korean stem is weighed against. */
  translatedDocuments: Readonly<Record<"ru" | "ko", number>>;
  df: ReadonlyMap<string, number>;
  englishRank: ReadonlyMap<string, number>;
};

function buildStats(): TCorpusStats {
  const df = new Map<string, number>();
  for (const q of SEED_QUESTIONS) {
    const text = [q.text, ...q.keyPoints, q.sampleAnswer, ...q.tags].join(" ");
    const stems = new Set(tokenize(text).filter((t) => !isStopWord(t)).map(stem));
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  // Translated questions count only for their own script's stems, so English weights stay as they are.
  for (const q of TRANSLATED_BANK) {
    const stems = new Set(tokenize(q.document).filter((t) => !isStopWord(t)).map(stem).filter((s) => bankLanguageOf(s) === q.language));
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const translatedDocuments = { ru: TRANSLATED_BANK.filter((q) => q.language === "ru").length, ko: TRANSLATED_BANK.filter((q) => q.language === "ko").length };
  // A stem is as common as its most common English word form ("costs" and "cost" share "cost").
  const englishRank = new Map<string, number>();
  for (const [word, rank] of [...ENGLISH_RANK, ...RU_KO_RANK]) {
    const s = stem(word);
    const known = englishRank.get(s);
    if (known === undefined || rank < known) englishRank.set(s, rank);
  }
  return { documents: SEED_QUESTIONS.length, translatedDocuments, df, englishRank };
}

const STATS = buildStats();
const LOG_DOCS = Math.log(STATS.documents + 1);

/** 0..1: share of bank documents the stem is absent from, on a log scale (1 = never seen). */
export function bankIdf(s: string): number {
  const df = STATS.df.get(s) ?? 0;
  const language = bankLanguageOf(s);
  if (language !== "en") {
    const documents = STATS.translatedDocuments[language];
    return documents === 0 ? 1 : Math.max(0, Math.min(1, Math.log((documents + 1) / (df + 0.5)) / Math.log(documents + 1)));
  }
  return Math.max(0, Math.min(1, Math.log((STATS.documents + 1) / (df + 0.5)) / LOG_DOCS));
}

/** The top 300 English words are nearly weightless; beyond rank 6,000 a word is not discounted. */
const COMMON_RANK = Math.log(300);
const RARE_RANK = Math.log(6000);

/** 0.1..1: how far a word is from everyday English. */
export function englishRarity(s: string): number {
  const rank = STATS.englishRank.get(s);
  if (rank === undefined) return 1;
  return Math.max(0.1, Math.min(1, (Math.log(rank + 1) - COMMON_RANK) / (RARE_RANK - COMMON_RANK)));
}

const SPECIFICITY_MEMO = new Map<string, number>();
const MEMO_LIMIT = 50_000;

/** 0..1 weight of a stem as evidence of topic: rare in the bank and rare in everyday English. */
export function specificity(s: string): number {
  const known = SPECIFICITY_MEMO.get(s);
  if (known !== undefined) return known;
  const value = /^\d+$/.test(s) ? 0.3 : s.length < 2 ? 0 : bankIdf(s) * (0.4 + 0.6 * englishRarity(s));
  if (SPECIFICITY_MEMO.size >= MEMO_LIMIT) SPECIFICITY_MEMO.clear();
  SPECIFICITY_MEMO.set(s, value);
  return value;
}

export type TWeightedTerms = ReadonlyArray<{ stem: string; weight: number }>;

/** Content stems of a text, each once, weighted by specificity. */
export function weightedTerms(text: string): TWeightedTerms {
  const seen = new Set<string>();
  const terms: Array<{ stem: string; weight: number }> = [];
  for (const token of tokenize(text)) {
    if (isStopWord(token) || /\d/.test(token)) continue;
    const s = stem(token);
    if (seen.has(s)) continue;
    seen.add(s);
    const weight = specificity(s);
    if (weight > 0.05) terms.push({ stem: s, weight });
  }
  return terms;
}

/** The bank's question texts per track, pre-weighted: the "other questions" an answer may really belong to. */
type TBankQuestion = { text: string; terms: TWeightedTerms; translated: boolean };
const BANK_QUESTIONS: ReadonlyMap<string, readonly TBankQuestion[]> = (() => {
  const byTrack = new Map<string, TBankQuestion[]>();
  for (const q of SEED_QUESTIONS) byTrack.set(q.track, [...(byTrack.get(q.track) ?? []), { text: q.text, terms: weightedTerms(q.text), translated: false }]);
  // Translated questions weigh only their own script's terms: an English answer never covers them.
  for (const q of TRANSLATED_BANK) {
    const terms = weightedTerms(q.text).filter((t) => bankLanguageOf(t.stem) === q.language);
    byTrack.set(q.track, [...(byTrack.get(q.track) ?? []), { text: q.text, terms, translated: true }]);
  }
  return byTrack;
})();

/** Weighted share of the terms that the answer's stems contain (exact stem or a shared 5-letter prefix). */
export function termCoverage(terms: TWeightedTerms, answerStems: ReadonlySet<string>, prefixes: ReadonlySet<string>): number {
  let mass = 0;
  let covered = 0;
  for (const t of terms) {
    mass += t.weight;
    if (answerStems.has(t.stem) || (t.stem.length >= 5 && prefixes.has(t.stem.slice(0, 5)))) covered += t.weight;
  }
  return mass === 0 ? 0 : covered / mass;
}

/**
 * The best coverage the answer reaches on another bank question of the same track. A fluent answer
 * that fits another question far better than this one was probably written for that one.
 */
export function bestOtherQuestionCoverage(track: string, questionText: string, answerStems: ReadonlySet<string>): number {
  const prefixes = new Set([...answerStems].filter((s) => s.length >= 5).map((s) => s.slice(0, 5)));
  let best = 0;
  // Translated questions only weigh Russian or Korean stems: skip them for an answer that has none.
  const ruKo = [...answerStems].some((s) => bankLanguageOf(s) !== "en");
  for (const q of BANK_QUESTIONS.get(track) ?? []) {
    if (q.text === questionText || (q.translated && !ruKo)) continue;
    best = Math.max(best, termCoverage(q.terms, answerStems, prefixes));
  }
  return best;
}

/**
 * The best coverage the answer reaches on one of these texts: for a reply to a follow-up, the other
 * follow-ups of the same question. A reply that fits a sibling follow-up far better than the one
 * asked answered that one ("threads or processes for image resizing?" under "what do two threads
 * share?"): its parent's subject ties it to the question, but not to what was asked.
 */
export function bestTextCoverage(texts: readonly string[], answerStems: ReadonlySet<string>): number {
  const prefixes = new Set([...answerStems].filter((s) => s.length >= 5).map((s) => s.slice(0, 5)));
  return Math.max(0, ...texts.map((text) => termCoverage(weightedTerms(text), answerStems, prefixes)));
}
