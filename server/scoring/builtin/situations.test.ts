import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { situationCounts, situationFit } from "@/server/scoring/builtin/situations";

// Written for these tests: questions and stories unlike any calibration question.
const MISTAKE_Q = "Tell me about a mistake you made on a project. What happened and what did you learn?";
const MISTAKE_STORY =
  "In my second month I ran a database migration on Friday without testing it on a copy of production. It broke the login page for an hour. " +
  "I rolled it back, wrote a short postmortem and apologised to the support team. Since then I rehearse every migration on a staging copy and never deploy on Fridays.";
const DEADLINE_STORY =
  "Our team had three weeks to ship a new checkout page before a sale. Halfway through, the payment provider changed its API, so we were suddenly late. " +
  "I split the work into must-have and nice-to-have, moved two nice-to-haves after the sale and paired with a colleague on the integration every morning. " +
  "We shipped two days before the deadline under a lot of pressure, and the urgent crunch taught me to cut scope early.";

describe("situation families", () => {
  it("counts a family through variants and everyday phrasings", () => {
    expect(situationCounts("We disagreed, and the disagreement became an argument.").get("conflict")).toBe(3);
    expect(situationCounts("Nobody wanted the task; it was tedious.").get("boring")).toBe(2);
    expect(situationCounts("I took over the service after its owner had left.").get("handover")).toBe(2);
    // Someone away on leave, and what they left behind to read, are how a hand-over story is told.
    expect(situationCounts("Our release engineer went on sick leave, so I ran the nightly builds from her README.").get("handover")).toBe(2);
    expect(situationCounts("I leave the office at six.").get("handover")).toBeUndefined();
  });

  it("fits a hand-over story told through a colleague's leave", () => {
    const fit = situationFit(
      "Tell me about a time you inherited a task from a colleague who was away.",
      "When our release engineer went on sick leave for a month, I had to keep the nightly builds going. All I had was her README and a folder of shell scripts. " +
        "I ran each script by hand on a copy first, wrote down what each one needed, and fixed one that still pointed at an old server. The builds never stopped, and she kept my notes when she was back.",
    );
    expect(fit.asked).toEqual(["handover"]);
    expect(fit.fit).toBeGreaterThan(0.8);
  });

  it("finds no situation in a technical question", () => {
    expect(situationFit("How would you design a cache for a product catalogue?", MISTAKE_STORY).fit).toBeNull();
  });

  it("fits a story of the asked kind and not a story of another kind", () => {
    const onTopic = situationFit(MISTAKE_Q, MISTAKE_STORY);
    const other = situationFit(MISTAKE_Q, DEADLINE_STORY);
    expect(onTopic.asked).toEqual(["mistake"]);
    expect(onTopic.fit).toBeGreaterThan(0.8);
    expect(other.fit).toBeLessThan(0.5);
    expect(other.otherKind).toBe(true);
  });

  it("scores a fluent story of another kind below the asked story and flags it off topic", () => {
    const onTopic = analyzeAnswer({ rubric: "behavioral", level: "junior", question: { text: MISTAKE_Q }, answer: MISTAKE_STORY });
    const other = analyzeAnswer({ rubric: "behavioral", level: "junior", question: { text: MISTAKE_Q }, answer: DEADLINE_STORY });
    expect(other.flags).toContain("off_topic");
    expect(onTopic.flags).not.toContain("off_topic");
    expect(onTopic.total).toBeGreaterThan(other.total + 20);
  });

  it("does not flag a story that names its situation in other words", () => {
    const question = "Tell me about a time you had to do work you found boring. How did you keep the quality up?";
    const story =
      "I was asked to rename 400 translation keys by hand before a release. Nobody wanted it, and honestly it wasn't exciting, so I wrote a checklist, " +
      "did 50 keys each morning and asked a colleague to spot-check ten of them every day. We found two wrong keys early and shipped with none.";
    const score = analyzeAnswer({ rubric: "behavioral", level: "junior", question: { text: question }, answer: story });
    expect(score.flags).not.toContain("off_topic");
    expect(situationFit(question, story).fit).toBeGreaterThan(0.7);
  });
});
