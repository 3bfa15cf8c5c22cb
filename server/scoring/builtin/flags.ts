/**
 * Answer-level detectors: no answer, too short, padding, off topic. Each returns the evidence it
 * rests on so the feedback can say why, and the analyzer applies the matching caps.
 */
import type { TTextFeatures } from "@/server/scoring/builtin/features";
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
};

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
    (f.proseWordCount >= 60 ? 0.1 * Math.max(0, Math.min(1, (0.75 - f.lexicalDiversity) / 0.25)) : 0);
  return Math.max(0, Math.min(1, (emptiness - 0.2) / 0.45));
}

/** Below this topic tie a fluent answer is judged to answer another question. */
export const OFF_TOPIC_TIE = 0.2;

export function checkAnswer(
  f: TTextFeatures,
  topic: TTopicMatch,
  minimumWords: number,
): TAnswerChecks {
  const noAnswer = f.wordCount < 3 && f.codeChars === 0 ? true : isDontKnow(f) || isGibberish(f);
  const tooShort = !noAnswer && f.wordCount < minimumWords && f.codeChars < 40;
  const padding = paddingScore(f);
  const isPadding = !noAnswer && f.proseWordCount >= 60 && padding >= 0.5;

  // "If many people want it, I'd build it": the subject is named by pronoun, which word overlap
  // cannot see; two such references are taken as enough tie to the question.
  const tie = f.pronounReferences >= 2 ? Math.max(topic.tie, 0.3) : topic.tie;
  const relevance = Math.max(0, Math.min(1, (tie - 0.05) / 0.3));
  // Off topic needs fluency: a fluent, developed answer that barely touches the question.
  // A padded answer is judged as padding instead: it is empty, not about something else.
  const fluent = f.wordCount >= 30 && f.sentences.length >= 2;
  const offTopic = !noAnswer && !isPadding && fluent && tie < OFF_TOPIC_TIE;

  return { noAnswer, tooShort, padding, isPadding, offTopic, relevance };
}
