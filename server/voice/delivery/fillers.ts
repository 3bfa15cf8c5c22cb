/**
 * Filler words and phrases in a transcript, with their positions. Words that are only sometimes fillers
 * ("like", "so", "you know", "I mean", "kind of", "sort of", "actually") are decided by general rules about
 * their neighbours and the pauses around them, never by matching whole sentences.
 */
import type { TFillerHit } from "@/server/contracts/voice";
import { type Token, tokenize } from "./tokens";

export type FillerHit = TFillerHit;

const HESITATIONS = new Set(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "ah"]);
const ALWAYS = new Set(["basically", "literally"]);
const SUBJECTS = new Set(["i", "you", "we", "they", "he", "she", "people", "users", "i'd", "we'd", "you'd", "they'd"]);
/** Words after which "like" is the verb ("we'd like", "don't like", "really like"). */
const VERB_CONTEXT = new Set([...SUBJECTS, "would", "wouldn't", "don't", "doesn't", "didn't", "do", "does", "did", "to", "really", "also", "always", "not", "might", "still"]);
/** Words after which "like" compares or exemplifies ("looks like", "something like"). */
const COMPARISON_CONTEXT = new Set([
  "look", "looks", "looked", "looking", "seem", "seems", "seemed", "sound", "sounds", "sounded", "feel", "feels", "felt",
  "something", "anything", "nothing", "things", "stuff", "more", "much", "exactly", "act", "acts", "behave", "behaves",
]);
/** Words after which "like" is a filler rather than a verb or preposition. */
const FILLER_CONTEXT = new Set(["and", "but", "or", "so", "was", "were", "is", "are", "it's", "that's", ...HESITATIONS]);
const BE = new Set(["is", "it's", "that's", "was", "were", "are"]);
const DETERMINERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "any", "my", "our", "your", "their", "his", "her", "its",
  "what", "which", "some", "every", "each", "one", "same", "another", "other", "different", "particular", "right", "wrong", "all",
]);
const CLAUSE_AFTER_KNOW = new Set(["what", "how", "why", "that", "if", "where", "when", "whether", "about", "who", "which"]);
const ASK_BEFORE_KNOW = new Set(["do", "did", "does", "don't", "didn't", "if", "as", "would", "will", "whether"]);
const CLAUSE_BEFORE_MEAN = new Set(["what", "which", "that", "if"]);
const OBJECT_AFTER_MEAN = new Set(["to", "that", "by", "it", "what"]);
const SPEECH_VERBS = new Set(["said", "told", "mentioned", "wrote", "showed", "did", "discussed", "explained", "thought"]);
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "maybe", "hundred", "thousand", "thousands", "hundreds", "millions", "really", "totally", "super"]);

/** "I think so", "I hope so": "so" stands for a clause. */
const SO_AS_PRONOUN = new Set(["think", "hope", "guess", "believe", "said", "not", "do", "so"]);
const FOLLOWING_FILLERS = new Set([...HESITATIONS, ...ALWAYS, "like"]);

const isNumber = (t: Token | undefined): boolean => !!t && (/^\d/.test(t.word) || NUMBER_WORDS.has(t.word));
/** "a lot", "a bit", "a few", "a couple": a quantity, so a "like" before it approximates ("it helped like a lot"). */
const QUANTITY_AFTER_A = new Set(["lot", "bit", "few", "couple", "hundred", "thousand", "million", "dozen"]);
const isQuantity = (tokens: Token[], i: number): boolean =>
  isNumber(tokens[i]) || (tokens[i]?.word === "a" && QUANTITY_AFTER_A.has(tokens[i + 1]?.word ?? ""));

/** Decides whether the token at i ("like") is a filler. */
function likeIsFiller(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = t.pauseBefore ? undefined : tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (VERB_CONTEXT.has(prev.word) || COMPARISON_CONTEXT.has(prev.word))) return false;
  if (t.pauseAfter) return !t.sentenceEnd || !prev;
  // Conjunction "like I said": a subject and a past-tense verb follow.
  const after = tokens[i + 2];
  if (next && SUBJECTS.has(next.word) && after && (SPEECH_VERBS.has(after.word) || after.word.endsWith("ed"))) return false;
  if (!prev) return true;
  if (FILLER_CONTEXT.has(prev.word)) {
    // "it's like a queue": after a form of "be" a noun phrase makes it a comparison.
    return !(BE.has(prev.word) && next && DETERMINERS.has(next.word));
  }
  // The approximator "like two weeks", "like a lot" is a filler; otherwise, right after a noun or verb,
  // "like" is a preposition ("tools like Terraform") or the verb ("customers like the checkout").
  return isQuantity(tokens, i + 1);
}

/** "kind of"/"sort of" is a hedge unless a determiner makes "kind"/"sort" a noun ("this kind of data"). */
function hedgeIsFiller(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !(prev && !tokens[i]!.pauseBefore && DETERMINERS.has(prev.word));
}

type Rule = { words: string[]; filler: (tokens: Token[], i: number) => boolean };

const RULES: Rule[] = [
  { words: ["so", "yeah"], filler: () => true },
  {
    words: ["you", "know"],
    filler: (ts, i) => {
      const prev = ts[i]!.pauseBefore ? undefined : ts[i - 1];
      const next = ts[i + 1]!.pauseAfter ? undefined : ts[i + 2];
      return !(prev && ASK_BEFORE_KNOW.has(prev.word)) && !(next && CLAUSE_AFTER_KNOW.has(next.word));
    },
  },
  {
    words: ["i", "mean"],
    filler: (ts, i) => {
      const prev = ts[i]!.pauseBefore ? undefined : ts[i - 1];
      const next = ts[i + 1]!.pauseAfter ? undefined : ts[i + 2];
      return !(prev && CLAUSE_BEFORE_MEAN.has(prev.word)) && !(next && OBJECT_AFTER_MEAN.has(next.word));
    },
  },
  { words: ["kind", "of"], filler: hedgeIsFiller },
  { words: ["sort", "of"], filler: hedgeIsFiller },
  { words: ["like"], filler: likeIsFiller },
  // "so" is a connective ("so the cache…", "so that") unless a pause or another filler follows it.
  {
    words: ["so"],
    filler: (ts, i) => {
      const t = ts[i]!;
      const prev = t.pauseBefore ? undefined : ts[i - 1];
      if (prev && SO_AS_PRONOUN.has(prev.word)) return false;
      const next = ts[i + 1];
      return (t.pauseAfter && !t.sentenceEnd) || (!!next && !t.pauseAfter && FOLLOWING_FILLERS.has(next.word));
    },
  },
  // "well" set off by pauses where a clause starts ("Well, the service…", "…, well, except") is a filler; inside
  // a clause it is the adverb or part of a phrase ("works well", "as well as", "well water").
  {
    words: ["well"],
    filler: (ts, i) => {
      const t = ts[i]!;
      const opens = t.sentenceStart || t.pauseBefore;
      return opens && ((t.pauseAfter && !t.sentenceEnd) || (!t.pauseAfter && HESITATIONS.has(ts[i + 1]?.word ?? "")));
    },
  },
  // "actually" opening a clause or set off by pauses is a filler; inside a clause ("it actually works") it carries meaning.
  { words: ["actually"], filler: (ts, i) => ts[i]!.sentenceStart || (ts[i]!.pauseBefore && ts[i]!.pauseAfter) },
];

function matches(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.word === w && (k === 0 || !tokens[i + k]!.pauseBefore));
}

export function detectFillers(text: string, tokens: Token[] = tokenize(text)): FillerHit[] {
  const hits: FillerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let filler: string | undefined;
    let count = 1;
    if (HESITATIONS.has(t.word) || ALWAYS.has(t.word)) filler = t.word;
    else {
      const rule = RULES.find((r) => matches(tokens, i, r.words));
      if (rule?.filler(tokens, i)) {
        filler = rule.words.join(" ");
        count = rule.words.length;
      }
    }
    if (!filler) continue;
    const last = tokens[i + count - 1]!;
    hits.push({ filler, text: text.slice(t.start, last.end), wordIndex: i, wordCount: count, start: t.start, end: last.end });
    i += count - 1;
  }
  return hits;
}
