/**
 * Issue 14 item 5, checked over many answers (calibration rows and variants of them): the words
 * read like an interviewer's, not like keyword matching.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { EN } from "@/server/scoring/builtin/feedback-text/en";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { feedbackCorpus, outsideQuotes, sentencesOf } from "@/test/helpers/feedback-corpus";

const corpus = feedbackCorpus().map((c) => ({ ...c, score: analyzeAnswer(c.input) }));

function wordsOf(score: TScore): string[] {
  return [score.feedback, ...score.strengths, ...score.improvements, ...score.dimensions.map((d) => d.comment)];
}

/** Failures as "case: detail" lines, so one failing answer is named rather than a count. */
function failures<T>(check: (c: (typeof corpus)[number]) => T[]): string[] {
  return corpus.flatMap((c) => check(c).map((detail) => `${c.id}: ${String(detail)}`));
}

/** Template text: everything a parenthesised example list may legitimately come from. */
const BUILTIN = path.resolve("server/scoring/builtin");
const TEMPLATE_SOURCES = [...readdirSync(BUILTIN).filter((file) => /^(?:components.*|recipes)\.ts$/.test(file)), "feedback-text/en.ts"]
  .map((file) => readFileSync(path.join(BUILTIN, file), "utf8"))
  .join("\n")
  .replace(/\\"/g, '"');

describe("feedback over many answers", () => {
  it("covers enough answers to mean something", () => {
    expect(corpus.length).toBeGreaterThan(600);
  });

  it("never repeats a sentence across the dimension comments, nor a comment sentence in the summary", () => {
    const found = failures(({ score }) => {
      const sentences = score.dimensions.flatMap((d) => sentencesOf(d.comment));
      const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
      const echoed = sentences.filter((s) => score.feedback.includes(s));
      return [...repeated, ...echoed];
    });
    expect(found).toEqual([]);
  });

  it("gives no raw counts: no digits outside quoted question text", () => {
    const found = failures(({ score }) => wordsOf(score).filter((text) => /\d/.test(outsideQuotes(text))));
    expect(found).toEqual([]);
  });

  it("lists no keywords taken from the answer: every parenthesised list is the template's own", () => {
    const found = failures(({ score }) =>
      wordsOf(score)
        .flatMap((text) => [...text.matchAll(/\(([^()"]*,[^()]*)\)/g)].map((m) => m[1] ?? ""))
        .filter((list) => !TEMPLATE_SOURCES.includes(list)),
    );
    expect(found).toEqual([]);
  });

  it("writes whole sentences: each text starts with a capital and ends with a full stop or question mark", () => {
    const found = failures(({ score }) =>
      [...wordsOf(score), score.followUp ?? "Fine."].filter((text) => text.length > 0 && !/^[A-Z"].*[.?]$/su.test(text.trim())),
    );
    expect(found).toEqual([]);
  });

  it("quotes verbatim and ends each quote at a sentence or line boundary, or with an ellipsis", () => {
    const found = failures(({ input, score }) =>
      score.dimensions.flatMap((d) =>
        d.evidence.filter((q) => {
          const body = q.endsWith("…") ? q.slice(0, -1) : q;
          const at = input.answer.indexOf(body);
          if (at === -1) return true;
          if (q.endsWith("…")) return false;
          const after = input.answer.slice(at + body.length);
          return !/[.!?:;)"'`”]$/u.test(body) && !/^\s*(?:\n|$)/u.test(after);
        }),
      ),
    );
    expect(found).toEqual([]);
  });

  it("never advises what a quoted sentence already shows", () => {
    // Advice, and what in a quote would show the answer already did it.
    const shows: ReadonlyArray<readonly [RegExp, RegExp]> = [
      [/give concrete numbers/i, /\d/],
      [/state the time and space complexity/i, /\bO\([^)]+\)/],
      [/name the trade-offs/i, /trade-?offs?\b|at the cost of/i],
      [/name the primary metric/i, /\bmetric/i],
    ];
    const found = failures(({ score }) => {
      const quotes = score.dimensions.flatMap((d) => d.evidence).join("\n");
      const advice = score.dimensions.map((d) => d.comment).join(" ");
      return shows.filter(([said, shown]) => said.test(advice) && shown.test(quotes)).map(([said]) => said.source);
    });
    expect(found).toEqual([]);
  });

  it("asks a generic, well-formed follow-up on free-text questions, never a fragment of the question", () => {
    const generic = new Set(Object.values(EN.followUps).flatMap((byDimension) => Object.values(byDimension)));
    const found = failures(({ score }) => (score.followUp === null || generic.has(score.followUp) ? [] : [score.followUp]));
    expect(found).toEqual([]);
  });

  it("says a general point (too short, off topic, no answer) once, in the summary", () => {
    const found = failures(({ score }) => {
      const comments = score.dimensions.map((d) => d.comment).join(" ");
      return [/too short/i, /different question/i, /no answer/i].filter((p) => p.test(comments)).map((p) => p.source);
    });
    expect(found).toEqual([]);
  });
});

describe("follow-ups from the bank", () => {
  it("picks the bank follow-up aimed at the weakest dimension", () => {
    const question = {
      text: "Tell me about a time you disagreed with a teammate on a project. What did you do?",
      followUps: [
        { text: "What exactly did you say to your teammate first?", dimension: "action" },
        { text: "What would you do differently next time?", dimension: "reflection" },
      ],
    };
    const answer =
      "Last spring my teammate and I disagreed about whether to rewrite our parser. I asked him for an hour, we wrote down both options with their costs, and I built a small benchmark that showed the rewrite saved 40% of the runtime. We shipped the rewrite two weeks later and it cut our nightly job from 50 to 30 minutes.";
    const score = analyzeAnswer({ rubric: "behavioral", level: "junior", question, answer });
    const reflection = score.dimensions.find((d) => d.key === "reflection");
    const action = score.dimensions.find((d) => d.key === "action");
    expect(reflection && action && reflection.score / reflection.max < action.score / action.max).toBe(true);
    expect(score.followUp).toBe("What would you do differently next time?");
  });
});
