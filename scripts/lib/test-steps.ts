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

/** `npm test -- --help` (or -h, help) asks for the usage, not for a step named "--help". */
export function wantsHelp(args: string[]): boolean {
  return args.some((arg) => arg === "--help" || arg === "-h" || arg === "help");
}

/** The usage `npm test -- --help` prints: the steps by name, and how to run single test files. */
export function testUsage(stages: TNamedStep[][]): string {
  return [
    "Usage: npm test [-- <step>…]",
    "",
    "Without a step: every step below, in order, stopping at the first that fails.",
    "With steps: only those; a word picks every step whose name contains it (vitest, unit, lint, end-to-end…).",
    "",
    "Steps:",
    ...stages.map((stage, index) => `  ${index + 1}. ${stage.map((step) => step.name).join(" + ")}`),
    "",
    "Single files: npx vitest run path/to/a.test.ts …   npx playwright test e2e/<spec>.ts",
    "",
  ].join("\n");
}
