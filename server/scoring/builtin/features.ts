/**
 * Text features of an answer: counts the dimension signals are computed from. Everything here is
 * a pure function of the (already neutralised) answer text, which keeps the analyzer deterministic
 * and every number explainable.
 */
import { FRAMEWORK_PATTERN, LEXICON_NAMES, lexiconMatches, type TLexiconName } from "@/server/scoring/builtin/lexicons";
import { NO_RU_KO_FORMS, RU_KO_NUMBER_WORDS, RU_KO_SCRIPT, ruKoPersonalActions, ruKoWordForms } from "@/server/scoring/builtin/language/features-ru-ko";
import { stem } from "@/server/scoring/builtin/stem";
import {
  blankRanges,
  countParagraphs,
  findCodeRanges,
  isStopWord,
  splitSentences,
  tokenize,
  type TRange,
  type TSentence,
} from "@/server/scoring/builtin/text";
import { COMMON_WORDS } from "@/server/scoring/builtin/word-lists";
import { compoundTokens } from "@/server/scoring/builtin/topic";
import { echoOf, type TEcho } from "@/server/scoring/builtin/topic-question";

export type TLexiconHits = { count: number; sentences: number[] };

export type TTextFeatures = {
  text: string;
  sentences: TSentence[];
  codeRanges: TRange[];
  wordCount: number;
  proseWordCount: number;
  contentStems: string[];
  /** Content stems of prose and code together (identifiers in code also show the topic). */
  allContentStems: string[];
  specificStems: ReadonlySet<string>;
  numberCount: number;
  numberSentences: number[];
  namedEntities: ReadonlySet<string>;
  namedEntitySentences: number[];
  paragraphCount: number;
  listItemCount: number;
  lexicon: Readonly<Record<TLexiconName, TLexiconHits>>;
  frameworks: string[];
  firstPersonSingular: number;
  firstPersonPlural: number;
  pastTenseCount: number;
  personalActionCount: number;
  /** Sentences that restate the question in its own words (0 without the question). */
  restatedSentences: number;
  /** "build it", "ship it": the answer refers to the question's subject by pronoun. */
  pronounReferences: number;
  personalActionSentences: number[];
  codeChars: number;
  codeLines: number;
  lexicalDiversity: number;
  repeatedSentenceRatio: number;
  repeatedTrigramRatio: number;
  avgSentenceWords: number;
  stopWordRatio: number;
  wordlikeRatio: number;
};

/** Stems that never count as specific vocabulary: everyday words and the words buzzwords are made of. */
const UNSPECIFIC_STEMS: ReadonlySet<string> = new Set(
  [
    ...COMMON_WORDS,
    ..."leverage synergy synergies holistic holistically seamless seamlessly innovative innovation passionate passion delightful frictionless paradigm empower empowering agile robust streamline ecosystem transformative curiosity empathy ownership collaborative proactive proactively stakeholders stakeholder alignment align mindset centric driven native tiger war dive deep modern scalable highly industry standards practices journey vision strategy fundamental efficient effective successful valuable essential crucial healthy positive intent environment comfortable opinions perspective concerning lifeblood brainstorm holistically continuous improve improving excellent exceptional amazing awesome incredible fantastic absolutely definitely".split(" "),
  ].map(stem),
);

const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion half dozen twice double triple".split(" "),
);

const IRREGULAR_PAST = new Set(
  "was were had did told wrote made took built ran led sent spoke met went got found gave chose thought said came became began brought bought caught felt kept knew left lost meant paid saw sold stood taught understood won broke forgot drew grew fell rose held rewrote spent shipped".split(" "),
);

const NOT_PAST = new Set("need speed indeed seed feed bed red shed based embed hundred".split(" "));

const PERSONAL_ACTION =
  /(?<![\p{L}])I (?:then |also |quickly |immediately |first |finally |later |personally |just |actually )?(?:[a-z]+ed|wrote|told|made|took|built|ran|set|led|sent|spoke|met|went|got|found|gave|chose|drew|brought|began|did|put|kept|held|cut|paid|rewrote|split|spent|taught|thought|won|sat|called|emailed|fixed|shipped)(?![\p{L}])/gu;

const PRONOUN_REFERENCE =
  /\b(?:build|want|wants|ask for|asks for|asked for|turn|turns|do|use|uses|ship|launch|test|try|fix|measure|make|add|implement|need|needs|love|like|prioriti[sz]e|skip|drop|kill|release|roll out|support|design|approach|handle|solve|explain|improve|scale|enable|adopt|remove|keep|build out|check|validate|avoid|consider)\s+it\b/gi;

function lexiconHits(sentences: readonly TSentence[], echo: TEcho | null, ruKo: boolean): Record<TLexiconName, TLexiconHits> {
  const hits = {} as Record<TLexiconName, TLexiconHits>;
  for (const name of LEXICON_NAMES) {
    const entry: TLexiconHits = { count: 0, sentences: [] };
    sentences.forEach((sentence, index) => {
      const matches = lexiconMatches(name, sentence.text, ruKo);
      // A phrase the question itself uses is the question's: naming it back earns half, and repeating
      // its Big-O target ("O(n) time") earns nothing, since that is the requirement, not a solution.
      const found = matches.reduce((sum, m) => sum + m.weight * (echo?.phrases(m.text) ? (name === "complexity" ? 0 : ECHO_CREDIT) : 1), 0);
      if (found > 0) {
        entry.count += found;
        entry.sentences.push(index);
      }
    });
    hits[name] = entry;
  }
  return hits;
}

/** Moving-average type/token ratio: lexical diversity that does not fall just because a text is long. */
function movingTypeTokenRatio(tokens: readonly string[], window = 40): number {
  if (tokens.length === 0) return 0;
  if (tokens.length <= window) return new Set(tokens).size / tokens.length;
  let sum = 0;
  let windows = 0;
  for (let i = 0; i + window <= tokens.length; i += 5) {
    sum += new Set(tokens.slice(i, i + window)).size / window;
    windows += 1;
  }
  return sum / windows;
}

function repeatedSentenceRatio(sentences: readonly TSentence[]): number {
  if (sentences.length < 2) return 0;
  const seen = new Set<string>();
  let repeats = 0;
  for (const sentence of sentences) {
    const key = tokenize(sentence.text).join(" ");
    if (seen.has(key)) repeats += 1;
    seen.add(key);
  }
  return repeats / sentences.length;
}

function repeatedTrigramRatio(contentStems: readonly string[]): number {
  if (contentStems.length < 6) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= contentStems.length; i += 1) {
    const key = contentStems.slice(i, i + 3).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let repeated = 0;
  for (const count of counts.values()) if (count > 1) repeated += count;
  return repeated / Math.max(1, contentStems.length - 2);
}

/** A token looks like a word when it has vowels in a plausible proportion and no long consonant runs. */
function isWordlike(token: string): boolean {
  if (/\d/.test(token) || !/^[a-z']+$/.test(token)) return true;
  if (isStopWord(token) || COMMON_WORDS.has(token)) return true;
  const vowels = token.replace(/[^aeiouy]/g, "").length;
  const ratio = vowels / token.length;
  return ratio >= 0.2 && ratio <= 0.75 && !/[^aeiouy']{5,}/.test(token) && !/(.)\1\1/.test(token);
}

function namedEntitiesIn(sentences: readonly TSentence[]): { names: Set<string>; sentences: number[] } {
  const names = new Set<string>();
  const where: number[] = [];
  sentences.forEach((sentence, index) => {
    let found = false;
    const words = sentence.text.match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? [];
    words.forEach((word, position) => {
      const acronym = /^[A-Z][A-Z0-9]{1,}s?$/.test(word);
      const capitalised = position > 0 && /^[A-Z]/.test(word) && word !== "I" && !/^I'/.test(word);
      const mixed = /^[a-z]+[A-Z]/.test(word);
      if ((acronym || capitalised || mixed) && !COMMON_WORDS.has(word.toLowerCase())) {
        names.add(word.toLowerCase());
        found = true;
      }
    });
    if (found) where.push(index);
  });
  return { names, sentences: where };
}

/** What a lexicon phrase the question itself uses still earns: naming it back shows some grasp, not much. */
const ECHO_CREDIT = 0.5;

/** Below this many content words a sentence is too short to call a restatement. */
const ECHO_MIN_STEMS = 4;
/** Share of a sentence's content words taken from the question at which it restates the question. */
const ECHO_SHARE = 0.6;

/**
 * A sentence made mostly of the question's own words ("the question asks for O(n) time, so we need
 * an efficient way to find the missing number") restates the question rather than answering it.
 */
export function restatesQuestion(sentence: string, echo: TEcho): boolean {
  // Words only: variable names ("n") and the digits of a worked example are not restatement.
  const stems = tokenize(sentence).filter((t) => !isStopWord(t) && /^[a-z][a-z'-]{2,}$/.test(t)).map(stem);
  if (stems.length < ECHO_MIN_STEMS) return false;
  return stems.filter((s) => echo.stems.has(s)).length / stems.length >= ECHO_SHARE;
}

/**
 * Features of an answer. With the question, words that merely echo it earn nothing: restating
 * sentences, the question's own numbers and phrases and its vocabulary are left out of every count
 * that gives credit (they still count as words, and still tie the answer to its topic).
 */
export function extractFeatures(text: string, question?: string): TTextFeatures {
  const echo = question === undefined ? null : echoOf(question);
  // Russian and Korean word forms are only looked for in text that has those scripts.
  const ruKo = RU_KO_SCRIPT.test(text);
  const codeRanges = findCodeRanges(text);
  const prose = blankRanges(text, codeRanges);
  const sentences = splitSentences(prose);
  // A sentence said twice counts once: repeating content must not add signals.
  const seen = new Set<string>();
  const distinct = sentences.map((sentence) => {
    const key = tokenize(sentence.text).join(" ");
    const repeated = seen.has(key);
    seen.add(key);
    return repeated ? { ...sentence, text: "" } : sentence;
  });
  const countable = echo === null ? distinct : distinct.map((s) => (restatesQuestion(s.text, echo) ? { ...s, text: "" } : s));
  const restated = distinct.filter((s, i) => s.text !== "" && countable[i]?.text === "").length;
  const distinctTokens = distinct.flatMap((sentence) => tokenize(sentence.text));
  const countableTokens = countable.flatMap((sentence) => tokenize(sentence.text));
  const allTokens = tokenize(text);
  const proseTokens = tokenize(prose);
  const contentTokens = proseTokens.filter((t) => !isStopWord(t));
  const contentStems = contentTokens.map(stem);
  const specificStems = new Set(
    contentTokens.map(stem).filter((s) => /^[\p{L}][\p{L}']{2,}$/u.test(s) && !UNSPECIFIC_STEMS.has(s) && !echo?.stems.has(s)),
  );

  const numberSentences: number[] = [];
  let numberCount = 0;
  countable.forEach((sentence, index) => {
    const tokens = tokenize(sentence.text);
    // The question's own figures ("O(1) extra space", "an 8% drop") are not the answer's numbers.
    const own = tokens.filter((t) => (/\d/.test(t) || NUMBER_WORDS.has(t) || RU_KO_NUMBER_WORDS.has(t)) && !echo?.tokens.has(t)).length;
    const found = own + (own > 0 ? (sentence.text.match(/%/g)?.length ?? 0) : 0);
    if (found > 0) {
      numberCount += found;
      numberSentences.push(index);
    }
  });

  const personalActionSentences: number[] = [];
  let personalActionCount = 0;
  countable.forEach((sentence, index) => {
    const found = (sentence.text.match(PERSONAL_ACTION)?.length ?? 0) + (ruKo ? ruKoPersonalActions(sentence.text) : 0);
    if (found > 0) {
      personalActionCount += found;
      personalActionSentences.push(index);
    }
  });

  const entities = namedEntitiesIn(countable);
  const codeText = codeRanges.map((r) => text.slice(r.start, r.end)).join("\n");
  const sentenceWordCounts = sentences.map((s) => tokenize(s.text).length);
  const letterTokens = proseTokens.filter((t) => /^[a-z']+$/.test(t));
  const forms = ruKo ? ruKoWordForms(countableTokens, proseTokens) : NO_RU_KO_FORMS;

  return {
    text,
    sentences,
    codeRanges,
    wordCount: allTokens.length,
    proseWordCount: proseTokens.length,
    contentStems,
    allContentStems: [...distinctTokens, ...compoundTokens(distinct.map((c) => c.text).join(" ")), ...tokenize(codeText)]
      .filter((t) => !isStopWord(t))
      .map(stem),
    specificStems,
    numberCount,
    numberSentences,
    namedEntities: entities.names,
    namedEntitySentences: entities.sentences,
    paragraphCount: countParagraphs(text),
    listItemCount: (text.match(/(?:^|\n)\s*(?:[-*•]|\d+[.)]|\(\d+\))\s+/g)?.length ?? 0) + (prose.match(/\(\d\)/g)?.length ?? 0),
    lexicon: lexiconHits(countable, echo, ruKo),
    frameworks: [...new Set(prose.match(FRAMEWORK_PATTERN) ?? [])],
    firstPersonSingular: countableTokens.filter((t) => /^(?:i|me|my|mine|myself|i'd|i'll|i've|i'm)$/.test(t)).length + forms.firstPersonSingular,
    firstPersonPlural: countableTokens.filter((t) => /^(?:we|us|our|ours|ourselves|we'd|we'll|we've|we're)$/.test(t)).length + forms.firstPersonPlural,
    pastTenseCount: countableTokens.filter((t) => IRREGULAR_PAST.has(t) || (t.length > 4 && t.endsWith("ed") && !NOT_PAST.has(t))).length + forms.pastTense,
    personalActionCount,
    personalActionSentences,
    restatedSentences: restated,
    pronounReferences: countable.map((sentence) => sentence.text).join(" ").match(PRONOUN_REFERENCE)?.length ?? 0,
    codeChars: codeText.replace(/\s+/g, "").replace(/`/g, "").length,
    codeLines: codeText.split("\n").filter((line) => line.replace(/`/g, "").trim().length > 0).length,
    lexicalDiversity: movingTypeTokenRatio(contentStems),
    repeatedSentenceRatio: repeatedSentenceRatio(sentences),
    repeatedTrigramRatio: repeatedTrigramRatio(contentStems),
    avgSentenceWords: sentences.length === 0 ? 0 : sentenceWordCounts.reduce((a, b) => a + b, 0) / sentences.length,
    stopWordRatio: proseTokens.length === 0 ? 0 : proseTokens.filter(isStopWord).length / proseTokens.length,
    // Latin tokens in Russian or Korean prose are names and abbreviations ("A/B", "p99"), not a sample of the language.
    wordlikeRatio: letterTokens.length === 0 || forms.tokens > letterTokens.length ? 1 : letterTokens.filter(isWordlike).length / letterTokens.length,
  };
}
