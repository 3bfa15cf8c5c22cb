/**
 * Components that count what an interviewer listens for (reasons, metrics, trade-offs, edge cases,
 * results…) per unit of content, declared once as a table: the lexicons counted, the count that earns
 * the component fully in a developed answer, what the answer did, and the advice when it did not.
 * Every track's recipes draw on the same table, so the counting logic exists once.
 */
import { densityProgress, type TComponentFn } from "@/server/scoring/builtin/component-kit";
import type { TLexiconName } from "@/server/scoring/builtin/lexicons";

type TLexiconSpec = readonly [lexicons: readonly TLexiconName[], target: number, found: string, missing: string];

const SPECS = {
  reasoning: [["causal", "conditional"], 4, "explains the reasons and conditions behind choices", "explain the reason behind each choice (because…, so that…, if…)"],
  metrics: [["metric", "measurement"], 4, "names how success would be measured", "name the primary metric and how you would measure it"],
  experiments: [["experiment", "guardrail"], 2, "plans an experiment or guardrail", "say how you would test it (an experiment, a staged rollout) and which guardrail metric you would watch"],
  prioritizing: [["prioritize"], 3, "ranks options and says what comes first", "rank the options by impact and effort and say what comes first"],
  tradeOffs: [["tradeOff"], 3, "weighs what each option costs", "name the trade-offs: what each option costs (X versus Y, at the cost of…)"],
  contrasts: [["contrast"], 2, "contrasts alternatives", "compare with the main alternative"],
  users: [["user"], 5, "starts from users and their needs", "say who the users are and what they need or fear"],
  segments: [["segmentation"], 2, "splits users or data into segments", "split the problem by segment (which users, platforms or cohorts)"],
  failureModes: [["failureMode"], 4, "says what can go wrong", "say what can go wrong and how you would handle it"],
  experience: [["experience", "example"], 2, "draws on real examples and practice", "add a real example from your own experience"],
  measurement: [["measurement"], 2, "says how to measure and verify", "say how you would measure or verify the result"],
  clarifying: [["clarify"], 2, "clarifies assumptions and constraints", "state your assumptions and the constraints you would confirm"],
  edgeCases: [["edgeCase"], 3, "thinks about edge cases", "handle edge cases (empty input, duplicates, invalid input…)"],
  algorithm: [["algorithm"], 4, "names the data structures and algorithm", "name the algorithm and data structure you would use"],
  approachComparison: [["approachComparison", "tradeOff"], 2, "compares approaches (brute force versus better)", "compare with another approach (brute force versus optimal)"],
  testing: [["testing"], 2, "says how to test it", "list the test cases that prove it works"],
  situation: [["situation", "task"], 2, "sets up a specific situation and goal", "set up one specific situation (when, where, what was at stake) and your goal"],
  results: [["result"], 2, "states the outcome", "state the outcome, measured if possible (what changed, by how much)"],
  reflection: [["reflection"], 2, "draws a lesson and applies it later", "say what you learned and what you do differently since"],
} as const satisfies Record<string, TLexiconSpec>;

function lexiconComponent([names, target, found, missing]: TLexiconSpec): TComponentFn {
  return (ctx) => {
    const { features } = ctx;
    const count = names.reduce((sum, name) => sum + features.lexicon[name].count, 0);
    const evidence = [...new Set(names.flatMap((name) => features.lexicon[name].sentences))].sort((a, b) => a - b);
    return { value: densityProgress(count, target, ctx), found, missing, evidence };
  };
}

function buildAll<K extends string>(specs: Readonly<Record<K, TLexiconSpec>>): Record<K, TComponentFn> {
  const built = {} as Record<K, TComponentFn>;
  for (const key of Object.keys(specs) as K[]) built[key] = lexiconComponent(specs[key]);
  return built;
}

export const {
  reasoning,
  metrics,
  experiments,
  prioritizing,
  tradeOffs,
  contrasts,
  users,
  segments,
  failureModes,
  experience,
  measurement,
  clarifying,
  edgeCases,
  algorithm,
  approachComparison,
  testing,
  situation,
  results,
  reflection,
} = buildAll(SPECS);
