import { describe, expect, it } from "vitest";
import { FAULTS_END, FAULTS_START, faultsMarkdown, replaceFaultsBlock } from "./faults-report";

describe("the docs block", () => {
  it("replaces only what is between the markers", () => {
    const document = `# Performance\n\nhand-written\n${FAULTS_START}\nold\n${FAULTS_END}\nafter\n`;
    expect(replaceFaultsBlock(document, "new")).toBe(`# Performance\n\nhand-written\n${FAULTS_START}\nnew\n${FAULTS_END}\nafter\n`);
  });

  it("writes nothing without both markers in order", () => {
    expect(replaceFaultsBlock("# Performance\n", "new")).toBeNull();
    expect(replaceFaultsBlock(`${FAULTS_END}\n${FAULTS_START}`, "new")).toBeNull();
  });

  it("counts targets met and escapes pipes in cells", () => {
    const block = faultsMarkdown({
      started: new Date("2026-12-01T03:00:00Z"),
      command: "npm run bench:faults",
      revision: "abc1234",
      machine: "2 cores",
      settings: "s",
      notes: [],
      results: [
        { scenario: "signup", target: "a | b", measured: "m", pass: true },
        { scenario: "database", target: "t", measured: "m", pass: false },
      ],
    });
    expect(block).toContain("**1 of 2 targets met**");
    expect(block).toContain("| signup | a \\| b | m | PASS |");
    expect(block).toContain("| **FAIL** |");
  });
});
