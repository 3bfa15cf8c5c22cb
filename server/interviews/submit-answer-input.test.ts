import { describe, expect, it } from "vitest";
import { ZSubmitAnswerInputSchema } from "@/server/contracts/interviews";

const IDS = { id: "6b1f4c1e-8a52-4f0e-9a7e-2f4d1c3b5a60", questionId: "0d5e9c2a-3b7f-4e61-8c4d-9f2a1b6e7c83" };

describe("submitting an answer", () => {
  it("takes a coding answer as code and language alone, as the contract says (its explanation may be left out)", () => {
    const parsed = ZSubmitAnswerInputSchema.safeParse({ ...IDS, code: "def f(x):\n    return x\n", language: "python" });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.answer).toBe("");
  });

  it("still asks for a written answer when there is no code, naming the answer", () => {
    for (const input of [IDS, { ...IDS, answer: "   " }]) {
      const parsed = ZSubmitAnswerInputSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual(["answer", "Write an answer before submitting."]);
    }
  });
});
