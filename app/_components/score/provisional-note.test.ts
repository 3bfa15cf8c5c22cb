import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/server/i18n/messages";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { ProvisionalNote } from "./provisional-note";

/** Rendered inside the English messages, as the app renders it. */
function render(score: TScore): string {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages: loadMessages("en") } as ComponentProps<typeof NextIntlClientProvider>, createElement(ProvisionalNote, { score })));
}

const SCORE: TScore = {
  total: 60,
  dimensions: [{ key: "clarity", label: "Clarity", score: 6, max: 10, comment: "", evidence: [] }],
  strengths: [],
  improvements: [],
  feedback: "",
  sampleAnswer: "",
  followUp: null,
  flags: ["ai_fallback"],
  scoredBy: { provider: "builtin", model: "rehearse-analyzer", rubricVersion: "v1" },
  tokens: null,
  latencyMs: 3,
};

describe("the provisional note", () => {
  it("says an AI grader will re-check a provisional score, as a status announced in words", () => {
    const html = render({ ...SCORE, provisional: true });
    expect(html).toContain('role="status"');
    expect(html).toContain("Provisional");
    expect(html).toContain("an AI grader will re-check this answer");
  });

  it("renders nothing for a final score (or one stored before the field existed)", () => {
    expect(render({ ...SCORE, provisional: false })).toBe("");
    expect(render(SCORE)).toBe("");
  });
});
