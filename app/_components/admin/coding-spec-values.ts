import type { TCodingSpecFormValues, TCodingSpecInput } from "@/server/contracts/coding-spec";

/** JSON on one line when short, indented when long, so a 100,000-number generator spec stays readable. */
function jsonText(value: unknown): string {
  const flat = JSON.stringify(value);
  return flat.length <= 80 ? flat : JSON.stringify(value, null, 2);
}

/** A new spec's starting point: one function, one visible example to fill in. */
const EMPTY: TCodingSpecInput = {
  functionName: "solve",
  signatures: { python: "def solve(nums):\n    # Return ...\n    pass\n", javascript: "function solve(nums) {\n  // Return ...\n}\n" },
  examples: [{ name: "example", args: [[1, 2, 3]], expected: 6 }],
  hiddenTests: [],
  reference: { python: "def solve(nums):\n    return sum(nums)\n", javascript: "function solve(nums) {\n  return nums.reduce((a, b) => a + b, 0);\n}\n" },
  timeLimitMs: 3000,
};

/** The form's values for a stored spec (or the empty template): one test list, JSON as text. */
export function codingFormValues(spec: TCodingSpecInput | null): TCodingSpecFormValues {
  const source = spec ?? EMPTY;
  const row = (hidden: boolean) => (test: TCodingSpecInput["examples"][number]) => ({
    name: test.name,
    args: jsonText(test.args),
    expected: jsonText(test.expected),
    hidden,
    unordered: test.compare === "unordered",
  });
  return {
    functionName: source.functionName,
    timeLimitMs: source.timeLimitMs,
    signatures: { ...source.signatures },
    reference: { ...source.reference },
    tests: [...source.examples.map(row(false)), ...source.hiddenTests.map(row(true))],
  };
}

/** What the form does not edit (how the harness calls the function) is kept from the stored spec. */
export function withHarness(spec: TCodingSpecInput | null, edited: Omit<TCodingSpecInput, "style" | "params" | "returns">): TCodingSpecInput {
  return {
    ...edited,
    ...(spec?.style ? { style: spec.style } : {}),
    ...(spec?.params ? { params: spec.params } : {}),
    ...(spec?.returns ? { returns: spec.returns } : {}),
  };
}
