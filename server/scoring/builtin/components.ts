/**
 * Signal components: small, named measurements of an answer (0..1 each) with the plain words that
 * explain them. Rubric dimensions are weighted mixes of these, which is what makes every score
 * traceable to something the candidate wrote or did not write.
 */
import type { TAnswerChecks } from "@/server/scoring/builtin/flags";
import type { TTextFeatures } from "@/server/scoring/builtin/features";
import type { TLexiconName } from "@/server/scoring/builtin/lexicons";
import type { TPrecision } from "@/server/scoring/builtin/precision";
import type { TTopicMatch } from "@/server/scoring/builtin/topic";

export type TSignalContext = {
  features: TTextFeatures;
  topic: TTopicMatch;
  checks: TAnswerChecks;
  /** Level expectation: targets are multiplied by it, so seniors need more for the same value. */
  expectation: number;
  minimumWords: number;
  precision: TPrecision;
};

export type TComponent = {
  value: number;
  /** What the answer did, in words a candidate understands ("gives 4 concrete numbers"). */
  found: string;
  /** What would raise this component ("name the metric you would move"). */
  missing: string;
  evidence: readonly number[];
  /** Evidence only worth quoting when no other component of the dimension has any (e.g. "on topic"). */
  weakEvidence?: boolean;
};

export type TComponentFn = (ctx: TSignalContext) => TComponent;

/** Saturating progress towards a level-scaled target. */
function progress(count: number, target: number, expectation: number): number {
  if (count <= 0) return 0;
  return Math.min(1, count / (target * expectation));
}

/** Below this many words the targets shrink with the answer (down to half): precision over volume. */
const FULL_LENGTH = 150;

/**
 * Progress towards a target that scales with the answer's length: a concise answer that names two
 * metrics in 70 words has shown as much as a long one naming four in 200. Never below half the
 * target, so a one-liner with one keyword does not saturate.
 */
function densityProgress(count: number, target: number, ctx: TSignalContext): number {
  const scale = Math.max(0.5, Math.min(1, ctx.features.proseWordCount / FULL_LENGTH));
  return progress(count, target * scale, ctx.expectation);
}

function lexiconComponent(
  names: readonly TLexiconName[],
  target: number,
  found: (count: number) => string,
  missing: string,
): TComponentFn {
  return (ctx) => {
    const { features } = ctx;
    const count = names.reduce((sum, name) => sum + features.lexicon[name].count, 0);
    const evidence = [...new Set(names.flatMap((name) => features.lexicon[name].sentences))].sort((a, b) => a - b);
    return { value: densityProgress(count, target, ctx), found: found(count), missing, evidence };
  };
}

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

export const reasoning = lexiconComponent(
  ["causal", "conditional"],
  4,
  () => "explains the reasons and conditions behind choices",
  "explain the reason behind each choice (because…, so that…, if…)",
);

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

export const metrics = lexiconComponent(
  ["metric", "measurement"],
  4,
  () => "names how success would be measured",
  "name the primary metric and how you would measure it",
);

export const experiments = lexiconComponent(
  ["experiment", "guardrail"],
  2,
  () => "plans an experiment or guardrail",
  "say how you would test it (an experiment, a staged rollout) and which guardrail metric you would watch",
);

export const prioritizing = lexiconComponent(
  ["prioritize"],
  3,
  () => "ranks options and says what comes first",
  "rank the options by impact and effort and say what comes first",
);

export const tradeOffs = lexiconComponent(
  ["tradeOff"],
  3,
  () => "weighs what each option costs",
  "name the trade-offs: what each option costs (X versus Y, at the cost of…)",
);

export const contrasts = lexiconComponent(
  ["contrast"],
  2,
  () => "contrasts alternatives",
  "compare with the main alternative",
);

export const users = lexiconComponent(
  ["user"],
  5,
  () => "starts from users and their needs",
  "say who the users are and what they need or fear",
);

export const segments = lexiconComponent(
  ["segmentation"],
  2,
  () => "splits users or data into segments",
  "split the problem by segment (which users, platforms or cohorts)",
);

export const failureModes = lexiconComponent(
  ["failureMode"],
  4,
  () => "says what can go wrong",
  "say what can go wrong and how you would handle it",
);

export const experience = lexiconComponent(
  ["experience", "example"],
  2,
  () => "draws on real examples and practice",
  "add a real example from your own experience",
);

export const measurement = lexiconComponent(
  ["measurement"],
  2,
  () => "says how to measure and verify",
  "say how you would measure or verify the result",
);

export const situation = lexiconComponent(
  ["situation", "task"],
  2,
  () => "sets up a specific situation and goal",
  "set up one specific situation (when, where, what was at stake) and your goal",
);

export const pastNarrative: TComponentFn = (ctx) => ({
  value: densityProgress(ctx.features.pastTenseCount, 8, ctx),
  found: "tells a real past story",
  missing: "tell what actually happened, not how you usually behave",
  evidence: [],
});

/** Real stories are told in the past; "I always / usually" answers describe a self-image instead. */
export const specificEpisode: TComponentFn = ({ features }) => {
  const past = features.pastTenseCount;
  const habitual = features.lexicon.habitual.count;
  return {
    value: past + habitual === 0 ? 0 : past / (past + 2 * habitual),
    found: "describes one specific episode",
    missing: "describe one specific episode instead of general habits (\"I always…\", \"usually…\")",
    evidence: [],
  };
};

export const personalActions: TComponentFn = (ctx) => ({
  value: densityProgress(ctx.features.personalActionCount, 4, ctx),
  found: "says what you personally did, step by step",
  missing: "describe the concrete steps you personally took (\"I wrote…\", \"I asked…\")",
  evidence: ctx.features.personalActionSentences,
});

export const ownership: TComponentFn = ({ features }) => {
  const mine = features.firstPersonSingular;
  const ours = features.firstPersonPlural;
  return {
    value: mine + ours === 0 ? 0 : Math.min(1, mine / (mine + ours) / 0.6),
    found: "speaks about your own part (\"I\")",
    missing: "make your own part clear: say \"I\" for what you did, not only \"we\"",
    evidence: features.personalActionSentences,
  };
};

export const results = lexiconComponent(
  ["result"],
  2,
  () => "states the outcome",
  "state the outcome, measured if possible (what changed, by how much)",
);

export const reflection = lexiconComponent(
  ["reflection"],
  2,
  () => "draws a lesson and applies it later",
  "say what you learned and what you do differently since",
);

export const clarifying = lexiconComponent(
  ["clarify"],
  2,
  () => "clarifies assumptions and constraints",
  "state your assumptions and the constraints you would confirm",
);

export const edgeCases = lexiconComponent(
  ["edgeCase"],
  3,
  () => "thinks about edge cases",
  "handle edge cases (empty input, duplicates, invalid input…)",
);

export const algorithm = lexiconComponent(
  ["algorithm"],
  4,
  () => "names the data structures and algorithm",
  "name the algorithm and data structure you would use",
);

export const approachComparison = lexiconComponent(
  ["approachComparison", "tradeOff"],
  2,
  () => "compares approaches (brute force versus better)",
  "compare with another approach (brute force versus optimal)",
);

/** Credit needs an actual complexity class (O(n), linear...); "it should be efficient" is not one. */
export const complexity: TComponentFn = ({ features, expectation }) => {
  const notation = features.lexicon.complexity;
  const talk = features.lexicon.complexityTalk;
  const text = features.text.toLowerCase();
  const both = /time/.test(text) && /space|memory/.test(text) ? 1 : 0.7;
  // Quoting the question's own target ("O(n) time") earns nothing, but the advice must not then say
  // "state the complexity" beside an answer that did: what is missing is why the solution meets it.
  const quotesTarget = notation.count === 0 && /\bo\([^)\n]{1,20}\)/i.test(features.text);
  return {
    value: Math.min(1, progress(notation.count, 2, expectation) * both + 0.15 * Math.min(1, talk.count)),
    found: "states the time and space complexity",
    missing: quotesTarget
      ? "show why your solution meets the time and space bound (which loop or structure sets it), not only that it does"
      : "state the time and space complexity in Big-O",
    evidence: notation.sentences,
  };
};

export const code: TComponentFn = ({ features, expectation }) => ({
  value: progress(features.codeChars, 150, expectation),
  found: "writes actual code",
  missing: "write working code for the solution",
  evidence: [],
});

export const testing = lexiconComponent(
  ["testing"],
  2,
  () => "says how to test it",
  "list the test cases that prove it works",
);

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
