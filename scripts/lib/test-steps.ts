/**
 * Which steps `npm test -- <name>…` runs. A name picks every step whose name contains it
 * ("vitest", "unit", "lint", "end-to-end"…); a name that picks nothing is an error rather than a
 * silent run of zero steps that exits 0 and looks like a pass.
 */
export interface TNamedStep {
  name: string;
}

export type TStepSelection<T extends TNamedStep> = { stages: T[][] } | { unknown: string[]; known: string[] };

export function selectSteps<T extends TNamedStep>(stages: T[][], only: string[]): TStepSelection<T> {
  const picks = (step: T) => only.length === 0 || only.some((name) => step.name.includes(name));
  const unknown = only.filter((name) => !stages.some((stage) => stage.some((step) => step.name.includes(name))));
  if (unknown.length > 0) return { unknown, known: stages.flat().map((step) => step.name) };
  return { stages: stages.map((stage) => stage.filter(picks)).filter((stage) => stage.length > 0) };
}
