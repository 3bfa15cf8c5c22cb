/**
 * Components of a story answer (behavioral questions) read from how it is told: a real past episode,
 * what the candidate personally did, their own part. Situation, result and lesson are counted in
 * components-lexicon.ts.
 */
import { densityProgress, type TComponentFn } from "@/server/scoring/builtin/component-kit";

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

