import { describe, expect, it } from "vitest";
import type { TPublicCodingSpec } from "@/server/contracts/code";
import { initialCodeDraft } from "./use-code-draft";

const spec: TPublicCodingSpec = {
  functionName: "two_sum",
  signatures: { python: "def two_sum(nums, target):\n    pass", javascript: "function twoSum(nums, target) {\n}" },
  examples: [],
  timeLimitMs: 2000,
};

describe("the code editor's starting code", () => {
  it("is the question's starting code in each language, Python first", () => {
    expect(initialCodeDraft(null, { spec, serverDraft: null })).toEqual({ language: "python", sources: spec.signatures });
  });

  it("restores the autosaved editor, keeping the other language's starting code", () => {
    const serverDraft = { language: "javascript" as const, sources: { javascript: "function twoSum() { return [0, 1]; }" } };
    expect(initialCodeDraft(null, { spec, serverDraft })).toEqual({ language: "javascript", sources: { python: spec.signatures.python, javascript: serverDraft.sources.javascript } });
  });

  it("prefers this device's copy over the server's, and ignores a broken one", () => {
    const local = { language: "python", sources: { python: "def two_sum(nums, target):\n    return [0, 1]" } };
    const serverDraft = { language: "javascript" as const, sources: { javascript: "older" } };
    expect(initialCodeDraft(local, { spec, serverDraft }).sources.python).toBe(local.sources.python);
    expect(initialCodeDraft({ language: "ruby" }, { spec, serverDraft }).language).toBe("javascript");
  });

  it("on a retry starts from the previous attempt's code and language", () => {
    const previous = { code: "function twoSum() { return []; }", language: "javascript" as const };
    expect(initialCodeDraft(null, { spec, serverDraft: null, previous })).toEqual({ language: "javascript", sources: { python: spec.signatures.python, javascript: previous.code } });
  });
});
