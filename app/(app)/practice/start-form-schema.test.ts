import { describe, expect, it } from "vitest";
import { MAX_FOCUS_TAGS, MAX_QUESTIONS, ZStartInterviewInputSchema } from "@/server/contracts/interviews";
import { withTypedTags, ZStartFormSchema } from "./start-form-schema";

const base = { track: "behavioral", level: "mid", questionCount: "3" } as const;

/** The first message the schema gives for `values`, keyed by its dotted path. */
function firstIssue(schema: typeof ZStartFormSchema | typeof ZStartInterviewInputSchema, values: unknown): { path: string; message: string } | null {
  const parsed = schema.safeParse(values);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { path: issue.path.join("."), message: issue.message };
}

describe("the start form's schema", () => {
  it("reads the number input's text as the count", () => {
    expect(ZStartFormSchema.parse(base)).toEqual({ track: "behavioral", level: "mid", questionCount: 3 });
  });

  it.each([
    ["", { track: "behavioral", level: "mid", questionCount: 0 }],
    [String(MAX_QUESTIONS + 1), { track: "behavioral", level: "mid", questionCount: MAX_QUESTIONS + 1 }],
  ])("gives a count of %j the server's own message", (count, serverInput) => {
    const fromForm = firstIssue(ZStartFormSchema, { ...base, questionCount: count });
    expect(fromForm?.path).toBe("questionCount");
    expect(fromForm).toEqual(firstIssue(ZStartInterviewInputSchema, serverInput));
  });

  it("gives too many focus tags the server's own message (the form does not cap them quietly)", () => {
    const focusTags = Array.from({ length: MAX_FOCUS_TAGS + 1 }, (_, i) => `tag-${i}`);
    const fromForm = firstIssue(ZStartFormSchema, { ...base, focusTags });
    expect(fromForm).toEqual({ path: "focusTags", message: `Choose at most ${MAX_FOCUS_TAGS} focus tags.` });
    expect(fromForm).toEqual(firstIssue(ZStartInterviewInputSchema, { ...base, questionCount: 3, focusTags }));
  });
});

describe("withTypedTags", () => {
  it("adds what was typed, comma-separated and normalized, without repeats", () => {
    expect(withTypedTags(["conflict"], " My Own Tag, conflict,, kubernetes ")).toEqual(["conflict", "my-own-tag", "kubernetes"]);
  });

  it("leaves the tags alone when nothing was typed", () => {
    expect(withTypedTags(["conflict"], "  ")).toEqual(["conflict"]);
  });
});
