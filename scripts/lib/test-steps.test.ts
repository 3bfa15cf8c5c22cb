import { describe, expect, it } from "vitest";
import { selectSteps, testUsage, wantsHelp } from "./test-steps";

const stages = [
  [{ name: "typecheck" }, { name: "lint" }],
  [{ name: "unit + integration (vitest)" }],
  [{ name: "end-to-end (playwright)" }],
  [{ name: "log scan for secrets" }],
];

describe("npm test -- <step>", () => {
  it("runs every stage without names", () => {
    expect(selectSteps(stages, [])).toEqual({ stages });
  });

  it("picks the step the README names: vitest, typecheck, lint, end-to-end", () => {
    expect(selectSteps(stages, ["vitest"])).toEqual({ stages: [[{ name: "unit + integration (vitest)" }]] });
    expect(selectSteps(stages, ["lint", "end-to-end"])).toEqual({ stages: [[{ name: "lint" }], [{ name: "end-to-end (playwright)" }]] });
    expect(selectSteps(stages, ["unit"])).toEqual({ stages: [[{ name: "unit + integration (vitest)" }]] });
  });

  it("refuses a name that picks no step instead of passing with nothing run", () => {
    expect(selectSteps(stages, ["vitests", "lint"])).toEqual({ unknown: ["vitests"], known: stages.flat().map((step) => step.name) });
  });
});

describe("npm test -- --help", () => {
  // "--help" used to be taken for a step name: exit 2 and "no step is named \"--help\"".
  it("is a request for the usage, not a step", () => {
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["-h"])).toBe(true);
    expect(wantsHelp(["vitest"])).toBe(false);
  });

  it("lists every step in order and how to run one test file", () => {
    const usage = testUsage(stages);
    expect(usage).toContain("1. typecheck + lint");
    expect(usage).toContain("4. log scan for secrets");
    expect(usage).toContain("npx vitest run path/to/a.test.ts");
  });
});
