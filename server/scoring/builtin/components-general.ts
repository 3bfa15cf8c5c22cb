/**
 * Components every track uses: relevance, structure, specifics, precision and the communication
 * signals (readability, conciseness, development). Counted signals are in components-lexicon.ts.
 */
import { densityProgress, progress, type TComponentFn } from "@/server/scoring/builtin/component-kit";

export const onTopic: TComponentFn = ({ topic, checks, features }) => ({
  value: checks.relevance,
  found: "stays on the question that was asked",
  // Drifting to a neighbouring subject is only a fair reading of a developed answer: a short one
  // misses the question's terms because it says little, not because it is about something else.
  missing:
    topic.missingTerms.length > 0 && !checks.tooShort && features.wordCount >= 80
      ? "answer the question that was asked head-on; much of the answer is about something next to it"
      : "answer the question that was asked, directly",
  evidence: topic.onTopicSentences,
  weakEvidence: true,
});

export const keyPoints: TComponentFn = ({ topic, checks }) => ({
  value: topic.keyPointCoverage ?? checks.relevance,
  found: topic.keyPointCoverage === null ? "covers the main points of the question" : "covers the expected key points",
  missing:
    topic.missingKeyPoints.length > 0
      ? `cover ${topic.missingKeyPoints.slice(0, 2).map((k) => `"${k}"`).join(" and ")}`
      : "cover the main points the question raises",
  evidence: topic.onTopicSentences,
  weakEvidence: true,
});

export const steps: TComponentFn = (ctx) => {
  const { features } = ctx;
  const count = features.lexicon.signpost.count + features.listItemCount + Math.max(0, features.paragraphCount - 1);
  return {
    value: densityProgress(count, 3, ctx),
    found: "walks through its steps in a clear order",
    missing: "lay out your steps in order and say which comes first",
    evidence: features.lexicon.signpost.sentences,
  };
};

export function framework(examples: string): TComponentFn {
  return ({ features }) => ({
    value: features.frameworks.length > 0 ? 1 : 0,
    found: `organises the answer with ${features.frameworks[0] ?? "a named framework"}`,
    missing: `use a named framework where it helps (${examples})`,
    evidence: features.sentences.flatMap((s, i) => (features.frameworks.some((fw) => s.text.includes(fw)) ? [i] : [])),
  });
}

export const numbers: TComponentFn = (ctx) => ({
  value: densityProgress(ctx.features.numberCount, 4, ctx),
  found: ctx.features.numberCount >= 3 ? "backs its points with concrete numbers" : "puts a number on at least one point",
  missing: "give concrete numbers (sizes, percentages, durations, targets)",
  evidence: ctx.features.numberSentences,
});

export const namedSpecifics: TComponentFn = (ctx) => {
  const { features } = ctx;
  const count = features.namedEntities.size + features.lexicon.example.count;
  return {
    value: densityProgress(count, 3, ctx),
    found: "names specific tools, examples or cases",
    missing: "name specifics: tools, systems, real examples",
    evidence: [...new Set([...features.namedEntitySentences, ...features.lexicon.example.sentences])].sort((a, b) => a - b),
  };
};

export const vocabulary: TComponentFn = (ctx) => ({
  value: densityProgress(ctx.features.specificStems.size, 30, ctx),
  found: "uses precise, specific vocabulary",
  missing: "use precise terms instead of general statements",
  evidence: [],
  weakEvidence: true,
});

/** Hedges ("I think", "basically") and absolutes ("everything", "nothing can go wrong") cost precision. */
export const precision: TComponentFn = ({ features }) => {
  const hedges = features.lexicon.hedge.count;
  const absolutes = features.lexicon.overclaim.count;
  return {
    value: Math.max(0.3, 1 - 0.15 * hedges - 0.25 * absolutes),
    found: "states things precisely",
    missing: "replace guesses and absolutes (\"basically\", \"everything\") with precise statements",
    evidence: [...features.lexicon.hedge.sentences, ...features.lexicon.overclaim.sentences],
  };
};

/** Sentences of 8–30 words read well; very long or choppy sentences are harder to follow. */
export const readability: TComponentFn = ({ features }) => {
  const average = features.avgSentenceWords;
  const value = average === 0 ? 0 : average < 8 ? average / 8 : average <= 30 ? 1 : Math.max(0.3, 1 - (average - 30) / 30);
  return {
    value,
    found: "reads easily",
    missing: "use shorter, clearer sentences",
    evidence: [],
  };
};

export const conciseness: TComponentFn = ({ checks }) => ({
  value: 1 - checks.padding,
  found: "gets to the point",
  missing: "cut buzzwords and generalities; say what you would actually do",
  evidence: [],
});

export const development: TComponentFn = ({ features, expectation }) => {
  const words = features.wordCount;
  const value = words > 600 ? 0.8 : progress(words, 90, expectation);
  return {
    value,
    found: "develops the answer fully",
    missing: "develop the answer further",
    evidence: [],
  };
};
