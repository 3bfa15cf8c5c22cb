import { describe, expect, it } from "vitest";
import { answerExcerpt, FOLD_WORDS, wordCount } from "./fold-words";

describe("the report's folded answers", () => {
  it("counts words across lines and spaces", () => {
    expect(wordCount("  one two\n\nthree\tfour ")).toBe(4);
    expect(wordCount("")).toBe(0);
  });

  it("folds a 1,500-word answer and not a usual one", () => {
    expect(wordCount("word ".repeat(1_500))).toBeGreaterThan(FOLD_WORDS);
    expect(wordCount("word ".repeat(250))).toBeLessThanOrEqual(FOLD_WORDS);
  });

  it("opens with plain words, without Markdown's marks, and says it goes on", () => {
    const text = "## Plan\n\n- **Measure** first with `tracing`, see [the runbook](https://example.com/x)\n```js\nconst a = 1;\n```\n" + "more ".repeat(100);
    const excerpt = answerExcerpt(text, 12);
    expect(excerpt).toBe("Plan Measure first with tracing, see the runbook const a = 1; …");
    expect(answerExcerpt("short answer")).toBe("short answer");
  });
});
