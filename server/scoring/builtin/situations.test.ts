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

  it("counts a hand-over told as someone leaving and their work landing on the teller", () => {
    expect(situationCounts("Our buyer resigned unexpectedly and I picked up her three suppliers.").get("handover")).toBe(2);
    expect(situationCounts("The analyst moved to another team, so the dashboards were mine.").get("handover")).toBe(1);
    expect(situationCounts("I left the meeting early and got her notes later.").get("handover")).toBeUndefined();
  });

  it("reads a pushback as a conflict, a corner cut as a slip and getting up to speed on a subject as learning", () => {
    expect(situationCounts("I pushed back on the launch date in the planning meeting.").get("conflict")).toBe(1);
    expect(situationCounts("We cut corners on the stocktake and skipped the review; it backfired.").get("mistake")).toBe(3);
    expect(situationFit("Describe a time you had to get up to speed on an unfamiliar tool in a week.", "").asked).toEqual(["learning"]);
    expect(situationFit("Tell me about a time you inherited a project. How did you get up to speed?", "").asked).toEqual(["handover"]);
  });

  it("does not take a question's \"wrong\" or \"missing\" for a request for a mistake story", () => {
    const judge = (question: string, story: string) => analyzeAnswer({ rubric: "behavioral", level: "mid", question: { text: question }, answer: story });
    const ethics = judge(
      "Describe a time a client asked you to do something you thought was wrong. What did you do?",
      "A landlord I did bookkeeping for wanted me to date a repair invoice into the previous tax year so he could claim it early. I told him I could not sign off on that, " +
        "and showed him that claiming it this year cost him only about two hundred dollars more. He grumbled, but we filed it with the real date, and he still sends me his books every spring.",
    );
    const target = judge(
      "Tell me about a sales target you owned and ended up missing.",
      "I ran a two-person team selling school software, and our spring number was forty new districts. We closed thirty-one. Two big districts froze budgets in March and I had counted on both. " +
        "I told my director in April instead of hoping for a late rush, and we moved one rep onto renewals, which finished the year at a record. Now I never let two deals make up a fifth of a quarter.",
    );
    expect(ethics.flags).not.toContain("off_topic");
    expect(target.flags).not.toContain("off_topic");
  });

  it("counts a slip told without the word mistake", () => {
    expect(situationCounts("I hadn't checked the date format, so I uploaded what I thought was the final list. I should have asked.").get("mistake")).toBe(3);
    expect(situationCounts("We checked every number twice before the release.").get("mistake")).toBeUndefined();
  });

  it("does not flag a mistake story told in everyday words", () => {
    const question = "Describe a time you got something wrong that other people depended on. What did you do about it?";
    const story =
      "I ran payroll for a small clinic, and one month I uploaded what I thought was the approved timesheet, but it was the draft. Eleven nurses were underpaid. " +
      "I hadn't checked the file name against the approval email. I told the practice manager that afternoon, ran a correction the next morning and called each nurse myself. " +
      "Now a second person signs off the file before I upload it.";
    const score = analyzeAnswer({ rubric: "behavioral", level: "junior", question: { text: question }, answer: story });
    expect(score.flags).not.toContain("off_topic");
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

  it("hears a situation told in everyday phrasings", () => {
    expect(situationCounts("The release broke search, so we rolled the release back within the hour.").get("mistake")).toBe(2);
    expect(situationCounts("I had accidentally pointed the job at the production bucket.").get("mistake")).toBe(1);
    expect(situationCounts("My lead told me after the demo that my slides buried the point.").get("feedback")).toBe(1);
    expect(situationCounts("By Wednesday it was clear we wouldn't finish by Friday.").get("deadline")).toBe(1);
    expect(situationCounts("I had no say over how the data team worked, so I brought them the numbers.").get("influence")).toBe(1);
    // Rolling something out is no mistake.
    expect(situationCounts("We rolled the feature out to 5% of users first.").get("mistake")).toBeUndefined();
  });

  describe("a story of another kind for a question whose situation it never names", () => {
    const question = "Tell me about a time you had to turn down a request from your manager. How did you handle it?";
    const incident =
      "During my first on-call week our payment page went down at 2 a.m. after a bad config push caused an outage. I paged the database owner, " +
      "found the config change in the deploy log within fifteen minutes and reverted it, and payments recovered by 2:40. The next day I wrote the postmortem " +
      "with a timeline, and we added a check to the deploy pipeline that validates the config before it ships. We have had no config outage since.";
    const mediocre =
      "My manager asked me to take on an extra report when I was already busy. I said no, because I couldn't do it well on top of my other work. " +
      "I explained it to him and suggested someone else. He was fine with it and the report was done by another person.";

    it("is of another kind", () => {
      const fit = situationFit(question, incident);
      expect(fit.asked).toEqual(["refusal"]);
      expect(fit.otherKind).toBe(true);
      expect(situationFit(question, mediocre).otherKind).toBe(false);
    });

    it("is flagged off topic and scores below a thin story of the asked kind", () => {
      const other = analyzeAnswer({ rubric: "behavioral", level: "mid", question: { text: question }, answer: incident });
      const thin = analyzeAnswer({ rubric: "behavioral", level: "mid", question: { text: question }, answer: mediocre });
      expect(other.flags).toContain("off_topic");
      expect(thin.flags).not.toContain("off_topic");
      expect(other.total).toBeLessThan(thin.total);
    });

    it("is not flagged when the asked situation is named, even beside two mistakes", () => {
      const refusal =
        "My manager asked me to ship a half-finished export feature for a customer demo. Our last rushed release had caused an outage and a bug that took a week " +
        "to clean up, so I said no to shipping it as it was and offered a read-only preview instead. He agreed after I showed him the open issues, the demo went " +
        "well, and the full export shipped two weeks later without incidents.";
      expect(situationFit(question, refusal).otherKind).toBe(false);
      expect(analyzeAnswer({ rubric: "behavioral", level: "mid", question: { text: question }, answer: refusal }).flags).not.toContain("off_topic");
    });
  });
});
