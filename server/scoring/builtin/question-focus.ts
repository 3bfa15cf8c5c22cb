/**
 * The question's focus: the thing(s) it asks about, read from the general shapes English questions
 * take, never from a list of particular questions. "What is the difference between A and B" asks
 * about A and B; "X wants (users to) do Y" / "X wants a Y" asks about Y; "How would you <verb> Z"
 * asks about Z; when Z only points back ("find out why", "find the cause and fix it"), the scene's
 * last two words stand for it if they are a noun phrase ("occasional deadlock errors"), or, when they
 * close a prepositional phrase ("at peak traffic"), those words or the sentence's subject (see
 * pointedBack). A question's other words set the scene (the company, the people, the numbers), and
 * a fluent answer to a neighbouring question shares the scene but not the focus.
 */
import { thirdSubject, type TThirdSubject } from "@/server/scoring/builtin/comparison-subject";
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { stem } from "@/server/scoring/builtin/stem";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { COMMON_WORDS, GENERIC_DOMAIN_WORDS, LIGHT_VERBS, QUESTION_FRAME_WORDS } from "@/server/scoring/builtin/word-lists";

/** One thing asked about: the stems that name it (any one of them names it). */
export type TFocusGroup = { phrase: string; stems: string[] };

/** Where a noun or verb phrase ends: punctuation, a clause word or a preposition that starts a modifier ("the build of the monorepo"). */
const PHRASE_END =
  /[,.;:?!()]|\s(?:of|in|on|at|for|from|with|without|by|to|into|so|because|before|after|while|when|where|which|that|who|and|or|but|than|such|like|if|whether)(?=\s|$)/i;

/** Pronouns and placeholders: the object refers back to the scene instead of naming the focus (see questionFocus). */
const REFERRING =
  /^(?:(?:the|a|an|this|that|its|their)\s+)?(?:it|them|this|that|these|those|why|whether|what|whatever|how|which|sure|change|cause|root cause|problem|issue|feature|request|situation|decision|question|results?|approach|answer|one|ones)\b/i;

const LIGHT_STEMS = new Set([...LIGHT_VERBS].map(stem));

/** A phrase cut at its first boundary, without its leading articles, possessives and framing words. */
function phraseAt(rest: string): string {
  const cut = rest.search(PHRASE_END);
  const phrase = (cut === -1 ? rest : rest.slice(0, cut)).trim();
  const words = phrase.split(/\s+/);
  // Leading articles, possessives and framing words ("Explain REST vs GraphQL") are not the thing asked about.
  while (words.length > 1 && /^(?:a|an|the|its|their|our|your|his|her|my|each|every|all|some|any|more|fewer)$/i.test(words[0] ?? "")) words.shift();
  while (words.length > 1 && QUESTION_FRAME_WORDS.has((words[0] ?? "").toLowerCase())) words.shift();
  return words.join(" ");
}

/** The stems of a phrase that can name it: content words that are neither framing, light nor everyday filler. */
function namingStems(phrase: string): string[] {
  const words = tokenize(phrase).filter((w) => !isStopWord(w) && !QUESTION_FRAME_WORDS.has(w) && w.length >= 2 && !/^\d+$/.test(w));
  const strong = words.filter((w) => !LIGHT_STEMS.has(stem(w)) && !COMMON_WORDS.has(w));
  // "order ahead": everyday words can be the whole focus; keep them when nothing more specific is there.
  const chosen = strong.length > 0 ? strong : words.filter((w) => !LIGHT_STEMS.has(stem(w)));
  return [...new Set(chosen.map(stem))];
}

/**
 * A focus group from the words after a question form. `keepNames`: a comparison's sides may be names
 * ("Docker", "Kafka"); elsewhere a capitalised name is the product the scene is about ("How would you
 * improve Spotify?"), which an answer calls "the app", so it cannot be what the answer must name.
 */
function group(raw: string, keepNames: boolean): TFocusGroup | null {
  if (REFERRING.test(raw.trim())) return null;
  const phrase = phraseAt(raw);
  if (phrase.length === 0) return null;
  const words = phrase.split(/\s+/).slice(0, 4);
  const stems = namingStems((keepNames ? words : words.filter((w) => !/^\p{Lu}\p{Ll}/u.test(w))).join(" "));
  return stems.length === 0 ? null : { phrase, stems };
}

const COMPARISON = /\b(?:differences? between|compare|contrast|choose between)\s+(.+?)\s+(?:and|with|to|versus|vs\.?)\s+(.+?)(?=[?.;]|$)/i;
const VERSUS = /\b([\p{L}\p{N}-]+(?:\s[\p{L}\p{N}-]+)?)\s+(?:vs\.?|versus)\s+([\p{L}\p{N}-]+(?:\s[\p{L}\p{N}-]+)?)/iu;
/** "wants students to be able to order ahead", "wants a metered paywall". */
const DESIRE = /\b(?:wants?|would like|asks? for|asked for|plans? to|decided to)\s+(?:(?:[\p{L}-]+\s+){0,2}?to\s+(?:be able to\s+)?)?(.+)/iu;
/** "How would you make delivery reliable", "How do you avoid overselling". */
const ASK_VERB = /\bhow (?:would|do|should|could|can|will) you\s+(?:go about\s+)?([\p{L}-]+)\s+(?:(?:out|up|down|about)\s+)?(?!and\b|or\b)(.+)/iu;

/** Prepositions that open a circumstance ("at peak traffic", "during the sale", "on the larger dataset"). */
const PREPOSITION = /^(?:at|on|in|into|during|for|from|with|without|by|to|after|before|under|over|across|within|through|among|per|via|behind|around)$/i;
/** Words that end a sentence's leading noun phrase: an auxiliary, a common irregular verb or an adverb ("has", "got", "now"); see subjectGroup for "-ed" and "-ly". */
const VERB_LIKE = /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must|now|still|often|never|always|just|only|also|keeps?|got|fell|rose|grew|became|becomes?)$/iu;
/** How many words before the trailing noun phrase a preposition may stand and still govern it ("on the shared CI runners"). */
const PREPOSITION_REACH = 3;

/**
 * The sentence's leading noun phrase, its subject: the words before its verb ("Our product page takes
 * …" → "product page"), at most three, without a capitalised name or the nouns every scene has
 * ("users", "the app", "our team"), which any answer names; null when nothing else is left.
 */
function subjectGroup(sentence: string): TFocusGroup | null {
  const words = phraseAt(sentence).split(/\s+/);
  // "-ed" and "-ly" only past the first word: "Scheduled jobs", "Nightly imports" open with an adjective.
  const verb = (w: string, i: number): boolean => VERB_LIKE.test(w) || (i > 0 && /\p{L}{2,}(?:ed|ly)$/iu.test(w));
  const end = words.findIndex((w, i) => /\d/.test(w) || LIGHT_STEMS.has(stem(w.toLowerCase())) || verb(w, i));
  const phrase = words.slice(0, Math.min(end === -1 ? words.length : end, 3)).join(" ");
  // A capital past the first word is a name ("the Android app"); the first is the sentence's own.
  const kept = phrase.split(/\s+/).filter((w, i) => i === 0 || !/^\p{Lu}\p{Ll}/u.test(w));
  const stems = namingStems(kept.filter((w) => !GENERIC_DOMAIN_WORDS.has(w.toLowerCase().replace(/'s$/, ""))).join(" "));
  return stems.length === 0 ? null : { phrase, stems };
}

/**
 * What a pointing-back object ("it", "why", "the cause") stands for: the scene's last two words if they
 * are a noun phrase ("… show occasional deadlock errors"). When those words close a prepositional
 * phrase ("… takes 4 seconds to load at peak traffic", "… failing with duplicate key violations"),
 * the pronoun may as well mean the sentence's subject, and an answer need not name the circumstance:
 * naming either counts, so the group carries the stems of both.
 */
function pointedBack(before: string): TFocusGroup | null {
  const words = before.split(/\s+/).filter((w) => !/\d/.test(w));
  const tail = words.slice(-2);
  const head = stem((tail[tail.length - 1] ?? "").toLowerCase().replace(/[^\p{L}-]/gu, ""));
  const nounPhrase = tail.every((w) => !isStopWord(w.toLowerCase())) && specificity(head) >= 0.3;
  const back = nounPhrase ? group(tail.join(" "), false) : null;
  if (!back) return null;
  const governed = words.slice(-2 - PREPOSITION_REACH, -2).some((w) => PREPOSITION.test(w));
  const subject = governed ? subjectGroup(before) : null;
  if (!subject) return back;
  return { phrase: `${subject.phrase} / ${back.phrase}`, stems: [...new Set([...subject.stems, ...back.stems])] };
}

/** Whether the question asks for a comparison ("the difference between A and B", "A vs B"). Memoised per question. */
export const isComparison = memoByKey((question: string): boolean => COMPARISON.test(question) || VERSUS.test(question));

/** The focus groups of a question; empty when its form gives no focus (a story, "Explain X" alone…). Memoised per question. */
export const questionFocus = memoByKey((question: string): readonly TFocusGroup[] => parseFocus(question));

function parseFocus(question: string): TFocusGroup[] {
  const groups: TFocusGroup[] = [];
  const comparison = COMPARISON.exec(question) ?? VERSUS.exec(question);
  if (comparison) {
    for (const side of [comparison[1] ?? "", comparison[2] ?? ""]) {
      const g = group(side.replace(/,\s*such as.*$/i, ""), true);
      if (g) groups.push(g);
    }
    return groups;
  }
  const sentences = question.split(/(?<=[.?!])\s+/);
  sentences.forEach((sentence, index) => {
    for (const match of [DESIRE.exec(sentence)?.[1], ASK_VERB.exec(sentence)?.[2]]) {
      const g = match === undefined ? null : group(match, false);
      if (g) groups.push(g);
      else if (match !== undefined && index > 0 && REFERRING.test(match.trim())) {
        const back = pointedBack((sentences[index - 1] ?? "").replace(/[.?!]+$/, ""));
        if (back) groups.push(back);
      }
    }
  });
  return groups;
}

/**
 * Whether the answer names a focus group: any of its stems (answers say "ordering" for "order
 * ahead"), as itself, a word sharing its first five letters, or through an acronym.
 */
export function namesFocus(focus: TFocusGroup, answerStems: ReadonlySet<string>, answerPrefixes: ReadonlySet<string>): boolean {
  return focus.stems.some((s) => answerStems.has(s) || (s.length >= 5 && answerPrefixes.has(s.slice(0, 5))));
}

export type TFocusCheck = {
  /** The focus groups the answer never names. */
  missed: TFocusGroup[];
  /** The answer's most repeated specific word the question never uses, and how often it comes back (null when no focus was missed). */
  chain: { stem: string; count: number } | null;
  /** A comparison answered about a third thing the answer opens by defining (comparison-subject.ts), or null. */
  third: TThirdSubject | null;
  /** The focus goes unnamed while the answer keeps returning to a subject of its own, or a comparison is answered about a third thing: an answer to another question. */
  drifts: boolean;
  /** A comparison whose answer names neither side: it has not compared them, whatever "it" it refers to. */
  neitherSide: boolean;
};

/** How often a word must come back to be what an answer is about. */
const CHAIN_MIN = 3;
/** Only words at least this specific can carry a topic chain. */
const CHAIN_SPECIFICITY = 0.35;

/**
 * Checks the answer against the question's focus. `questionStems` are the question's own content
 * stems (any word of the question, focus or scene, is not "another subject"); `answerStems` are the
 * answer's content stems in order, with repeats; `extraStems` are stems the answer names through
 * acronyms; `answer` is the answer's text, whose opening may define a third thing a comparison is
 * answered about.
 */
export function checkFocus(
  question: string,
  questionStems: readonly string[],
  answerStems: readonly string[],
  extraStems: readonly string[] = [],
  answer = "",
): TFocusCheck {
  const focus = questionFocus(question);
  const third = isComparison(question) ? thirdSubject(question, answer, focus, answerStems, extraStems) : null;
  const named = new Set([...answerStems, ...extraStems]);
  const prefixes = new Set([...named].filter((s) => s.length >= 5).map((s) => s.slice(0, 5)));
  const missed = focus.filter((g) => !namesFocus(g, named, prefixes));
  // Every focus named (or none to name): nothing to drift from, unless a comparison is answered about a third thing.
  if (missed.length === 0) return { missed, chain: null, third, drifts: third !== null, neitherSide: false };
  // A comparison whose answer names one side and not the other has engaged with it: the other side is
  // often named by a synonym the question does not use ("SQL" as "relational databases"). Only a third
  // subject (above) says such an answer is about something else.
  if (third === null && focus.length >= 2 && missed.length < focus.length && isComparison(question)) return { missed, chain: null, third, drifts: false, neitherSide: false };
  // A comparison whose answer names neither side (nor a word sharing a side's first five letters) has
  // not compared them: whatever it keeps returning to, it answers another question.
  if (focus.length >= 2 && missed.length === focus.length && isComparison(question)) return { missed, chain: null, third, drifts: true, neitherSide: true };
  const counts = new Map<string, number>();
  for (const s of answerStems) counts.set(s, (counts.get(s) ?? 0) + 1);
  const questionSet = new Set(questionStems);
  const questionPrefixes = new Set(questionStems.filter((q) => q.length >= 5).map((q) => q.slice(0, 5)));
  const inQuestion = (s: string): boolean => questionSet.has(s) || (s.length >= 5 && questionPrefixes.has(s.slice(0, 5)));
  let chain: TFocusCheck["chain"] = null;
  let questionMax = 0;
  for (const [s, count] of counts) {
    if (inQuestion(s)) questionMax = Math.max(questionMax, count);
    // Specificity last: it is the costly test, and only a word that would lead the chain needs it.
    else if ((chain === null || count > chain.count) && s.length >= 4 && !/\d/.test(s) && specificity(s) >= CHAIN_SPECIFICITY) chain = { stem: s, count };
  }
  const drifts = third !== null || (chain !== null && chain.count >= CHAIN_MIN && chain.count >= questionMax);
  return { missed, chain, third, drifts, neitherSide: false };
}
