/**
 * Precision over volume: how much checkable content the answer carries per unit of text, against
 * how much of it is hedging, filler, habit talk, buzzwords and keyword lists. Both are densities,
 * so a concise answer that says what matters keeps its credit and a long, vague one cannot buy
 * credit with length. The result scales every dimension of the answer.
 */
import type { TTextFeatures } from "@/server/scoring/builtin/features";
import { specificity } from "@/server/scoring/builtin/term-specificity";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";

export type TPrecision = {
  /** 0..1: concrete content per 100 words (numbers, names, own actions, code, complexity, trade-offs). */
  concreteness: number;
  /** 0..1: hedges, filler, habitual generalities, buzzwords and overclaims per 100 words. */
  vagueness: number;
  /** 0..1: the answer reads as a list of terms rather than statements (keyword stuffing). */
  stuffing: number;
  /** 0.2..1: the factor applied to every dimension. */
  factor: number;
};

/** A sentence that strings four or more terms together with commas and few function words. */
function isTermList(sentence: string): boolean {
  // A quoted array ("[0, 1, 3]") is data, not a list of terms.
  const text = sentence.replace(/\[[^\]]*\]/g, " ");
  const commas = text.match(/,/g)?.length ?? 0;
  const words = tokenize(text);
  if (words.length < 8 || commas < 4) return false;
  const verbs = words.filter((w) => /(?:ed|ing)$/.test(w) || /^(?:is|are|was|were|do|did|does|have|has|had|will|would|can|could)$/.test(w)).length;
  // A real enumeration inside a sentence ("on market size, the competition and how long a licence
  // takes") keeps its function words; a bare list of terms has almost none.
  const functionWords = words.filter(isStopWord).length;
  return commas / words.length >= 0.12 && verbs / words.length < 0.15 && functionWords / words.length < 0.3;
}

/**
 * A question that asks for a set of things ("What would you log on every request?", "Which metrics
 * would you track?") is answered well by a list: its list sentences count half as stuffing.
 */
const ASKS_FOR_ITEMS =
  /\b(?:what|which)\b[^.?!]{0,40}?\b(?:would|do|should|will|to)\s+(?:you\s+)?(?:log|measure|track|monitor|collect|record|store|include|instrument|alert on|ask|check|look at|watch|capture)\b|\bwhich (?:metrics|signals|fields|events|alerts|questions|data)\b/i;

export function measurePrecision(f: TTextFeatures, question = ""): TPrecision {
  const words = Math.max(f.proseWordCount, 1);
  const per100 = (n: number): number => (n / words) * 100;
  const L = f.lexicon;
  const concreteCount =
    f.numberCount +
    Math.min(f.namedEntities.size, 6) +
    f.personalActionCount +
    f.codeChars / 60 +
    L.complexity.count +
    L.tradeOff.count +
    L.example.count;
  // Precise domain vocabulary (weighted by how specific each term is) is content too: a conceptual
  // answer ("partition", "consistency", "quorum") has few numbers but says exact things.
  // Only the answer's own terms count: the question's words repeated back are not precision.
  const vocabulary = [...f.specificStems].reduce((sum, s) => sum + (specificity(s) >= 0.5 ? specificity(s) : 0), 0);
  // Code is content even when the prose around it is thin.
  const concreteness = Math.min(1, per100(concreteCount) / 6 + per100(vocabulary) / 30 + (f.codeChars >= 120 ? 0.3 : 0));
  // A hedge in a specific answer ("maybe around five") is honest estimation; it costs half a filler.
  const vagueCount = 0.5 * (L.hedge.count + L.habitual.count) + L.filler.count + 1.5 * L.buzzword.count + L.overclaim.count + L.metaTalk.count;
  const vagueness = Math.min(1, per100(vagueCount) / 6);
  const listSentences = f.sentences.filter((s) => isTermList(s.text)).length * (ASKS_FOR_ITEMS.test(question) ? 0.5 : 1);
  const stuffing = f.sentences.length === 0 ? 0 : Math.min(1, (listSentences / f.sentences.length) * 1.5 + (per100(L.buzzword.count) >= 4 ? 0.3 : 0));
  const factor = Math.max(0.2, Math.min(1, 0.6 + 0.4 * concreteness - 0.45 * vagueness - 0.5 * stuffing));
  return { concreteness, vagueness, stuffing, factor };
}
