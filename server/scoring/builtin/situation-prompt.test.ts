/**
 * Which situation a story question asks about (situations.ts, askedSituations): the one its prompt
 * names first, not the people or things it happened with. Questions and stories written for this
 * test in scoring round 8 (helper G), before the rule was measured on them; none comes from a
 * calibration or hold-out file.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { askedSituations, situationCounts } from "@/server/scoring/builtin/situations";

describe("askedSituations", () => {
  it("reads the situation the prompt names first, not what it was about or with whom", () => {
    expect(askedSituations("Tell me about a time you had to turn down a request from a client. How did you handle it?")).toEqual(["refusal"]);
    expect(askedSituations("Tell me about a time you found that what a customer requested was not what they needed.")).toEqual(["need"]);
    expect(askedSituations("Tell me about a time you disagreed with your manager about a deadline.")).toEqual(["conflict"]);
  });

  it("falls back to the people when they are all the prompt names", () => {
    expect(askedSituations("Tell me about a difficult client you worked with.")).toEqual(["customer"]);
  });

  it("reads only the prompt, not the follow-up sentences", () => {
    expect(askedSituations("Tell me about a time you inherited a codebase. How did you handle the deadline pressure?")).toEqual(["handover"]);
  });
});

describe("situation words", () => {
  it("does not read 'the rest of' (the remainder) as rest from overwork", () => {
    expect(situationCounts("We shipped the simple queries first and ported the rest of them later.").get("burnout")).toBeUndefined();
    expect(situationCounts("People were exhausted after months of overtime.").get("burnout")).toBe(2);
  });
});

const QUESTION = "Tell me about a time you had to turn down a request from a client. How did you handle it, and what happened?";

const STRONG_STORY =
  "A logistics client asked us to add a custom export to our reporting product two weeks before our release freeze. It would have taken one of our three developers the whole sprint and pushed back the accessibility fixes we had promised every customer. I said no on a call the same day rather than letting it linger, explained what it would cost the release, and offered what we could do: a CSV download of the same data that they could load into their own tool, which took us a day. Their operations lead wasn't thrilled, but agreed to try it. They used the CSV for three months, and when we did build exports properly, their requirements shaped it. I learned that a refusal lands better with a concrete alternative and a reason they can repeat to their own boss.";
const MEDIOCRE_STORY =
  "Turning down a client is never easy because you want to keep them happy, but sometimes you have to say no. Once a client asked for a feature that didn't fit our plans, so I told them we couldn't do it right now and explained why. They were a bit disappointed, but in the end they understood and we still work with them. I think it's important to be honest and polite.";
const PERSUASION_STORY =
  "A retail client was still emailing spreadsheets to update their product catalogue, and errors in those files caused wrong prices on their site about once a month. I wanted them to move to our catalogue API. Their IT manager was sceptical, so I built a small import script for one product category and ran it with them for two weeks: zero price errors, and their team saved about four hours a week. I presented the numbers to their head of e-commerce with a rollout plan, one category per week. They agreed, and within two months the whole catalogue was on the API. It taught me that a small pilot persuades better than any slide.";

const score = (answer: string): number => analyzeAnswer({ rubric: "behavioral", level: "mid", question: { text: QUESTION }, answer }).total;

describe("a story of another kind under a question about saying no", () => {
  it("keeps a persuasion story about the same client at or below the mediocre refusal story, and the strong one above it", () => {
    const mediocre = score(MEDIOCRE_STORY);
    expect(score(PERSUASION_STORY)).toBeLessThanOrEqual(mediocre);
    expect(score(STRONG_STORY)).toBeGreaterThan(mediocre);
  });
});
