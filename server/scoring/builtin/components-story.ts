/**
 * Components of a story answer (behavioral questions): the situation, what the candidate personally
 * did, the result and the lesson.
 */
import { densityProgress, lexiconComponent, type TComponentFn } from "@/server/scoring/builtin/component-kit";

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
