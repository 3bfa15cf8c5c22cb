/**
 * Korean text processing without a dictionary. Korean writes a word and its grammar together in
 * one space-separated unit (eojeol): "캐시를" is "캐시" + the object particle "를", "저장했습니다" is
 * "저장" + a past-tense polite ending. Splitting off the common particles and endings gives a
 * morpheme-like stem that an answer and its question share, and an ending token that behaves like
 * an English function word (so stop-word ratios, word counts and length thresholds stay comparable
 * with English). Nouns are also written together as compounds ("결제시스템"), which no suffix list
 * can split; the topic match therefore also lets two Hangul stems meet through a shared
 * two-syllable bigram (see sharesHangulBigram).
 */
import { isHangul } from "@/server/scoring/builtin/language/detect";

/**
 * Verb and adjective endings, longest first. Each is cut from the end of a stem-bearing word
 * ("구현했습니다" → "구현" + "했습니다"); "하다/되다" forms carry the verb of Sino-Korean nouns.
 */
const ENDINGS = `하시겠습니까 하겠습니다 하였습니다 되었습니다 했습니다 했었다 됐습니다 합니다 됩니다 입니다 이었습니다 였습니다
  겠습니다 었습니다 았습니다 습니다 하세요 주세요 해주세요 하시나요 인가요 하나요 했어요 해요 이에요 예요 했고 했지만 했는데
  했으며 했으나 해야 했던 하던 한다면 하려면 하려고 하기로 하도록 해도 했을 하였고 하고 하는 하며 하면 하여 해서 하게 하기 하지 한다 했다 하던 한 할 함 되어 되고 되는 되면 된다 됐다 되기
  된 될 이다 이며 이고 이라 적으로 스럽게 지만 는데 으면 면서 도록 어서 아서 었다 았다 었고 았고 고 게 기 해 했 할 함
  시겠습니까 으시겠습니까 하시겠어요 한가요 할까요 을까요 일까요 하는지 는지 은지 인지 하거나 거나 든지 하다면 이라면 다면
  하므로 이므로 으므로 므로 으려면 려면 으려고 려고 는다 하되 되지 으며 며 려`
  .split(/\s+/)
  .filter((e) => e.length > 0)
  .sort((a, b) => b.length - a.length);

/** Case and topic particles, longest first ("에서는" before "에서" before "에"). */
const PARTICLES = `에서부터 으로부터 에서는 에서도 에게서 에게는 으로서 으로써 으로는 으로도 까지는 부터는 이라는 이라고 이라도
  보다는 처럼 에서 에게 한테 으로 까지 부터 보다 마다 라도 이나 이란 라는 라고 와의 과의 에는 에도 에만 만큼 밖에 이랑 와 과
  은 는 이 가 을 를 에 로 의 도 만 랑 나`
  .split(/\s+/)
  .filter((p) => p.length > 0)
  .sort((a, b) => b.length - a.length);

function allHangul(word: string): boolean {
  for (const char of word) if (!isHangul(char)) return false;
  return word.length > 0;
}

/** Endings and particles together, longest first: "에게" is cut whole, not as "게". */
const PIECES = [...ENDINGS, ...PARTICLES].sort((a, b) => b.length - a.length);

/** One-syllable particles that practically never end a noun: safe to cut even from a two-syllable word ("키를"). */
const SAFE_SINGLE = new Set(["를", "을", "은", "는", "에"]);

/**
 * How many syllables must stay for a piece to be cut: other one-syllable pieces also end ordinary
 * words ("결과", "회의", "최고", "경로"), so they are cut only when two syllables remain.
 */
function minimumRest(piece: string): number {
  return piece.length >= 2 || SAFE_SINGLE.has(piece) ? 1 : 2;
}

/**
 * Splits one eojeol into [stem, ending]: the longest known ending, else the longest particle.
 * Words that end in Latin letters or digits ("API를" is split, "Redis" is left alone) keep their
 * non-Hangul part in the stem.
 */
export function splitEojeol(word: string): [string, string] | [string] {
  const known = SPLIT_MEMO.get(word);
  if (known !== undefined) return known;
  const result = computeSplit(word);
  if (SPLIT_MEMO.size >= 50_000) SPLIT_MEMO.clear();
  SPLIT_MEMO.set(word, result);
  return result;
}

/** The tokenizer splits the same words many times per answer: a bounded memo makes that a map read. */
const SPLIT_MEMO = new Map<string, [string, string] | [string]>();

function computeSplit(word: string): [string, string] | [string] {
  const tail = /[\uAC00-\uD7AF]+$/u.exec(word);
  if (tail === null) return [word];
  const hangulTail = tail[0];
  const head = word.slice(0, word.length - hangulTail.length);
  for (const piece of PIECES) {
    const rest = hangulTail.length - piece.length;
    if (!hangulTail.endsWith(piece) || (head.length === 0 && rest < minimumRest(piece)) || head.length + rest === 0) continue;
    return [head + hangulTail.slice(0, rest), piece];
  }
  return [word];
}

/**
 * A number written with its counter ("10년", "3배", "n개", "500명에게"): the number is the word, the
 * counter (and any particle) its grammar, as "10 years" is two English words. Kept whole, "10년"
 * would be a word of its own that an answer saying "10 years" or "decade" never repeats.
 */
const COUNTED_NUMBER = /^(\d+|[a-z])([\uAC00-\uD7AF]+)$/u;

/** The stem of a Korean token (the first half of splitEojeol; a counted number's number). */
export function koreanStem(word: string): string {
  const counted = COUNTED_NUMBER.exec(word);
  return counted?.[1] ?? splitEojeol(word)[0];
}

/** Tokens a Korean word contributes: its stem, then its ending or particle as a function-word token. */
export function koreanTokens(word: string): string[] {
  const counted = COUNTED_NUMBER.exec(word);
  if (counted === null) return splitEojeol(word);
  // The counter is the first syllable; what follows it is a particle ("개가": counter "개", subject "가").
  const tail = counted[2] ?? "";
  return [counted[1] ?? word, tail.slice(0, 1), ...(tail.length > 1 ? [tail.slice(1)] : [])];
}

function isSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7af;
}

/** Two Hangul stems share a two-syllable bigram ("결제" and "결제시스템"). */
export function sharesHangulBigram(a: string, b: string): boolean {
  // Called in the topic match's inner loop: a first-character check keeps it free for other scripts.
  if (!isSyllable(a.charCodeAt(0)) || !isSyllable(b.charCodeAt(0)) || a.length < 2 || b.length < 2 || !allHangul(a) || !allHangul(b)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + 2 <= shorter.length; i += 1) if (longer.includes(shorter.slice(i, i + 2))) return true;
  return false;
}

/**
 * A stem's length in Latin-letter terms, for thresholds written for English stems ("at least three
 * letters"). A Hangul syllable is a consonant-vowel(-consonant) block, two or three letters of an
 * alphabet: "막대" (bar) is a whole word in two characters, where a two-letter English stem is a fragment.
 */
export function letterLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) n += isSyllable(s.charCodeAt(i)) ? 2 : 1;
  return n;
}

/** Function words and grammatical endings as written: "어떻게", "있습니다", "때문에". */
const STOP_WORDS_AS_WRITTEN: readonly string[] = [
  ...ENDINGS,
  ...PARTICLES,
  ...`그리고 그러나 하지만 그래서 그런데 또는 또 및 그 이 저 것 수 등 때 중 더 잘 안 못 좀 너무 매우 아주 정말 모든 각 같은
  제 저는 제가 저희 저희는 우리 우리는 나 나는 내가 너 당신 그것 이것 저것 여기 거기 있다 있습니다 있는 있고 있어서 있으면 없다
  없습니다 없는 하다 되다 이다 아니다 않다 않습니다 않고 않는 위해 위한 통해 대한 대해 관한 따라 때문 때문에 경우 뿐 만약 만일
  먼저 다음 다시 이미 아직 바로 이런 그런 저런 어떤 무엇 어떻게 왜 언제 어디 누구 하나 두 세 네 번 것을 것이 것은 것도 거 게
  수도 수가 등을 등의 같은 같이 함께 모두 다 또한 즉 혹은 만약에 아닌 아니라 아니고 할지 말지 들어 들면`.split(/\s+/),
].filter((w) => w.length > 0);

/**
 * What a Korean sentence is built with, not what it says. The tokenizer splits every word into stem
 * and ending ("어떻게" becomes "어떻" + "게"), so a stop word is also listed as the stem it is split
 * to: otherwise "how" in a question ("어떻게 결정하시겠습니까") would stay one of its content terms.
 */
export const KOREAN_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS_AS_WRITTEN, ...STOP_WORDS_AS_WRITTEN.map(koreanStem)]);
