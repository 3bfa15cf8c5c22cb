/**
 * bench:faults scenario 2: N candidates, each with a question open, submit at the same moment
 * (built-in analyzer); the time from each submit to its score being visible to its candidate.
 */
import type { BenchClient } from "../bench-http";
import { submitAndWait, type ReadyCandidate, type SubmitOutcome } from "./faults-candidates";
import { allWithin, SUBMITS_ALL_MS, type TargetResult, type TScenario } from "./faults-verdicts";

/** Everyone submits at once; resolves when every score is visible or `waitMs` has passed. */
export function submitAll(client: BenchClient, candidates: readonly ReadyCandidate[], waitMs: number): Promise<SubmitOutcome[]> {
  const waitUntil = Date.now() + waitMs;
  return Promise.all(candidates.map((candidate) => submitAndWait(client, candidate, waitUntil)));
}

export function visibleDelays(outcomes: readonly SubmitOutcome[]): number[] {
  return outcomes.flatMap((outcome) => (outcome.visibleAt === null ? [] : [outcome.visibleAt - outcome.submittedAt]));
}

export function statusCounts(outcomes: readonly SubmitOutcome[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = outcome.answerId === null ? `submit ${outcome.submitStatus}` : (outcome.status ?? "?");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key}×${count}`).join(", ");
}

export function judge(scenario: TScenario, target: string, outcomes: readonly SubmitOutcome[], limitMs: number, extra?: string): TargetResult {
  return allWithin({ scenario, target, submitted: outcomes.length, visibleMs: visibleDelays(outcomes), limitMs, extra: [statusCounts(outcomes), extra].filter(Boolean).join("; ") });
}

export async function runSubmitBurst(client: BenchClient, candidates: readonly ReadyCandidate[]): Promise<TargetResult> {
  const started = Date.now();
  const outcomes = await submitAll(client, candidates, 60_000);
  const result = judge("submits", `${candidates.length} simultaneous built-in submits all scored within ${SUBMITS_ALL_MS / 1000} s`, outcomes, SUBMITS_ALL_MS);
  return { ...result, measured: `${result.measured}; all done ${((Date.now() - started) / 1000).toFixed(1)} s after the first submit` };
}
