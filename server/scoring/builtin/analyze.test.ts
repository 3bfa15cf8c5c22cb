import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { scoreFreeText } from "@/server/scoring/builtin/score-fixtures";
import { getRubric, RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import { ZScoreSchema } from "@/server/contracts/vocabulary/score";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { AnswerTooLongError, type TScoreInput } from "@/server/scoring/scorer";

// Questions and answers written for these tests; none comes from the calibration set.
const PM_QUESTION = "How would you increase the number of users who invite a friend in a photo-sharing app?";
const GOOD_PM_ANSWER =
  "First I'd clarify the goal: more new users arriving through invites, not just more invites sent. I'd segment users into new, casual and power users, because only about 5% of power users invite anyone today and they have the largest networks. Then I'd look at the invite funnel (share button seen, tapped, link sent, friend installs) to find where people drop off. Options, ranked with RICE: (1) prompt an invite right after someone shares an album, when the value is obvious (high reach, low effort); (2) give both sides extra storage, which costs us money per user; (3) import contacts, which raises privacy worries. I'd A/B test the album prompt for two weeks; the primary metric is installs from invites per 100 weekly active users, with uninstall rate and spam reports as guardrails.";
const PADDED_PM_ANSWER =
  "Growth is super important and I would take a data-driven, user-centric approach to it. I would leverage best-in-class frameworks to holistically understand the user journey and create synergy between the product, design and marketing teams. It is important to make the experience delightful and frictionless so users love it. We should definitely be data-driven, look at the metrics and iterate quickly in an agile way. I would also align stakeholders and make sure we have a clear vision and strategy, because virality drives engagement and engagement drives growth. Ultimately the goal is to make users happy so that they keep sharing.";

const SE_QUESTION = "How would you make a slow report-generation job faster?";
const SE_ANSWER =
  "First I'd profile it to see where the 40 minutes go instead of guessing. If most of the time is in one SQL query, I'd check the query plan and add a composite index, or precompute daily aggregates in a summary table at the cost of some storage and a nightly job to refresh it. If the job is CPU-bound I'd split it by customer and run the parts in parallel on a worker pool, which means handling partial failures with retries. I'd track run time and database load before and after, and alert if a run takes longer than 10 minutes.";

function pmInput(answer: string, level: TScoreInput["level"] = "mid"): TScoreInput {
  return { rubric: "product_management", level, question: { text: PM_QUESTION }, answer };
}

describe("built-in analyzer", () => {
  it("is deterministic: the same input gives an identical score", async () => {
    const first = analyzeAnswer(pmInput(GOOD_PM_ANSWER));
    const second = analyzeAnswer(pmInput(GOOD_PM_ANSWER));
    expect(second).toEqual(first);
    const scorer = createBuiltinScorer();
    expect(await scorer.score(pmInput(GOOD_PM_ANSWER))).toEqual(await scorer.score(pmInput(GOOD_PM_ANSWER)));
  });

  it("returns a score that validates with ZScoreSchema, for every rubric", () => {
    const rubrics: TScoreInput["rubric"][] = ["product_management", "behavioral", "software_engineering", "coding", "general"];
    for (const rubric of rubrics) {
      const score = analyzeAnswer({ rubric, level: "junior", question: { text: SE_QUESTION }, answer: SE_ANSWER });
      expect(() => ZScoreSchema.parse(score)).not.toThrow();
      expect(score.dimensions.map((d) => d.key)).toEqual(getRubric(rubric).dimensions.map((d) => d.key));
      expect(Number.isInteger(score.total)).toBe(true);
      expect(score.scoredBy).toEqual({ provider: "builtin", model: "rehearse-analyzer", rubricVersion: RUBRIC_VERSION });
      expect(score.tokens).toBeNull();
    }
  });

  it("uses 0..25 dimensions for the general rubric and still totals 0..100", () => {
    const score = analyzeAnswer({ rubric: "general", level: "mid", question: { text: SE_QUESTION }, answer: SE_ANSWER });
    expect(score.dimensions.every((d) => d.max === 25)).toBe(true);
    expect(score.total).toBeGreaterThan(30);
    expect(score.total).toBeLessThanOrEqual(100);
  });

  it.each([
    ["empty", ""],
    ["whitespace", "   \n  "],
    ["I don't know", "I don't know."],
    ["no idea", "Sorry, no idea."],
    ["gibberish", "asdkjh qwpeoiru zxmcnvb lkjhgf poiuyt mnbvcxz qwerty asdfgh"],
    ["keyboard mash", "dfgdfg sdfsdf xcvxcv rtyrty fghfgh"],
  ])("scores a non-answer (%s) near 0 on every dimension", (_name, answer) => {
    const score = analyzeAnswer(pmInput(answer));
    for (const d of score.dimensions) expect(d.score).toBeLessThanOrEqual(1);
    expect(score.total).toBeLessThanOrEqual(5);
    expect(score.flags.some((f) => f === "no_answer" || f === "too_short")).toBe(true);
  });

  it("scores a fluent answer to another question near 0 and flags it off topic", () => {
    const offTopic =
      "I would migrate our monolith to Kubernetes. First I'd containerise each service with Docker, then set up Helm charts and a CI pipeline that deploys to a staging cluster. We'd use horizontal pod autoscaling based on CPU and run canary releases for 10% of traffic before going to production.";
    const score = analyzeAnswer(pmInput(offTopic));
    expect(score.flags).toContain("off_topic");
    for (const d of score.dimensions) expect(d.score).toBeLessThanOrEqual(1);
  });

  it("flags a success story told for a question about failure as off topic", () => {
    const score = scoreFreeText(
      "behavioral",
      "junior",
      "Tell me about a time you failed at something important.",
      "Last spring I organised our team's first hackathon. I booked the venue, found two sponsors and ran the schedule for 40 people. Every team shipped a demo, three projects went into production, and our director asked me to run it again this year. I learned that clear rules and a fixed demo time keep energy high.",
    );
    expect(score.flags).toContain("off_topic");
    for (const d of score.dimensions) expect(d.score).toBeLessThanOrEqual(1);
  });

  it("reads 'miss a deadline' as a deadline story, told in its own words, not as a mistake story", () => {
    const question = "Tell me about a time you realised a project would miss its deadline. How did you notice, and what did you do?";
    const story =
      "In June our mobile checkout rewrite was due on the 20th for a partner's campaign. Ten days out, our burndown showed we were a week behind: the payment SDK upgrade took three times my estimate. I split the work, moved the refund screens to a second drop and asked the partner whether a later refund flow was acceptable; it was. We shipped the core checkout on the 19th and the refund screens two weeks later, late but agreed. Since then I compare the burndown with the estimate every Friday.";
    const score = scoreFreeText("behavioral", "mid", question, story);
    expect(score.flags).not.toContain("off_topic");
    expect(score.total).toBeGreaterThanOrEqual(45);
    // The theme word still defines the story when nothing of another theme follows it.
    const mistake = scoreFreeText(
      "behavioral",
      "mid",
      "Tell me about a time you made a mistake at work.",
      "Last year I organised our team's move to a new office. I planned the desks, booked the movers and ran the schedule for 30 people. Everyone was at work on Monday with their monitors set up, and our director thanked the whole team. I learned that a clear plan and one owner keep a move calm.",
    );
    expect(mistake.flags).toContain("off_topic");
  });

  it.each([
    [
      "software_engineering",
      "Explain the CAP theorem.",
      "In a distributed data store, when a network partition happens you must choose between consistency, where every read sees the latest write, and availability, where every request gets a response. Without partitions you can have both. For example, a bank ledger usually prefers consistency and rejects writes during a partition, while a shopping cart might stay available and merge conflicts later.",
    ],
    [
      "product_management",
      "How would you improve Spotify?",
      "I'd focus on casual listeners who open the app but skip most recommendations. First I'd look at skip rates by playlist type to see where discovery fails. One idea is a mood-based radio that learns from skips within a session; another is better onboarding of taste profiles. I'd measure listening minutes per week and the share of sessions with at least one saved song.",
    ],
    [
      "behavioral",
      "Describe a situation where you had to work with a difficult colleague.",
      "A peer on another team kept rejecting my pull requests with one-word comments. I asked him for 30 minutes to understand his standards, and it turned out he was the only reviewer for that service and was overloaded. We agreed on a checklist I would follow before asking for review, and our review time dropped from four days to one.",
    ],
    [
      "product_management",
      "Should our note-taking app build a dark mode? How would you decide?",
      "I would look at how many users ask for it in reviews and support tickets. If many people want it and the effort is not too big, I'd build it and check how many users turn it on.",
    ],
  ] as const)("does not flag an on-topic answer that paraphrases the question (%s: %s)", (rubric, question, answer) => {
    const score = analyzeAnswer({ rubric, level: "mid", question: { text: question }, answer });
    expect(score.flags).not.toContain("off_topic");
    // Not near zero: precision over volume keeps short answers without numbers modest, not off topic.
    expect(score.total).toBeGreaterThanOrEqual(10);
  });

  it("flags padding and keeps it below a concise good answer", () => {
    const padded = analyzeAnswer(pmInput(PADDED_PM_ANSWER));
    const good = analyzeAnswer(pmInput(GOOD_PM_ANSWER));
    expect(padded.flags).toContain("padding");
    expect(padded.total).toBeLessThan(good.total);
    // Twice the padding is not worth more than the padding.
    const doubled = analyzeAnswer(pmInput(`${PADDED_PM_ANSWER} ${PADDED_PM_ANSWER}`));
    expect(doubled.total).toBeLessThanOrEqual(padded.total + 2);
  });

  it("raises the bar with the level: the same answer scores lower at senior than at intern", () => {
    const intern = analyzeAnswer(pmInput(GOOD_PM_ANSWER, "intern"));
    const senior = analyzeAnswer(pmInput(GOOD_PM_ANSWER, "senior"));
    expect(senior.total).toBeLessThan(intern.total);
    const seInput = (level: TScoreInput["level"]): TScoreInput => ({
      rubric: "software_engineering",
      level,
      question: { text: SE_QUESTION },
      answer: SE_ANSWER,
    });
    expect(analyzeAnswer(seInput("senior")).total).toBeLessThan(analyzeAnswer(seInput("intern")).total);
  });

  it("flags a one-liner as too short and scores it low", () => {
    const score = analyzeAnswer(pmInput("Add a referral bonus."));
    expect(score.flags).toContain("too_short");
    expect(score.total).toBeLessThan(15);
  });

  it("refuses an over-long answer before scoring", async () => {
    const answer = "a".repeat(MAX_ANSWER_CHARS + 1);
    expect(() => analyzeAnswer(pmInput(answer))).toThrow(AnswerTooLongError);
    await expect(createBuiltinScorer().score(pmInput(answer))).rejects.toBeInstanceOf(AnswerTooLongError);
    expect(() => analyzeAnswer(pmInput("a ".repeat(MAX_ANSWER_CHARS / 2)))).not.toThrow();
  });

  it("quotes evidence verbatim from the answer: at most 3 quotes of at most 120 characters", () => {
    const score = analyzeAnswer(pmInput(GOOD_PM_ANSWER));
    const withEvidence = score.dimensions.filter((d) => d.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThanOrEqual(3);
    for (const d of score.dimensions) {
      expect(d.evidence.length).toBeLessThanOrEqual(3);
      for (const quote of d.evidence) {
        expect(quote.length).toBeLessThanOrEqual(120);
        // Verbatim, and ends at a sentence boundary or says it was cut.
        expect(GOOD_PM_ANSWER).toContain(quote.replace(/…$/, ""));
        expect(quote).toMatch(/(?:[.!?:)"']|…)$|^[^.!?]+$/);
      }
    }
  });

  it("writes comments, concrete feedback and a well-formed follow-up that quotes no fragment of the question", () => {
    const score = scoreFreeText("software_engineering", "mid", SE_QUESTION, "I would add more servers so it runs faster.");
    for (const d of score.dimensions) expect(d.comment.length).toBeGreaterThan(10);
    expect(score.improvements.length).toBeGreaterThan(0);
    expect(score.feedback.length).toBeGreaterThan(40);
    expect(score.followUp).toMatch(/^[A-Z][^"]+\?$/);
    expect(score.followUp).not.toContain("report-generation");
  });

  it("probes the weakest dimension in the follow-up", () => {
    const noComplexity = scoreFreeText(
      "coding",
      "junior",
      "Write a function that returns the largest number in a list.",
      "I'd walk the list once and keep the largest value seen so far. ```python\ndef largest(values):\n    if not values:\n        raise ValueError('empty list')\n    best = values[0]\n    for v in values[1:]:\n        if v > best:\n            best = v\n    return best\n``` Edge cases: an empty list raises an error, negative numbers work, duplicates are fine. I'd test [3, 1, 2], [-5, -2] and [7].",
    );
    const weakest = [...noComplexity.dimensions].sort((a, b) => a.score / a.max - b.score / b.max)[0];
    expect(weakest?.key).toBe("complexity");
    expect(noComplexity.followUp).toMatch(/complexity/);
  });

  it("uses the question's sample answer, or builds one from its key points", () => {
    const own = analyzeAnswer({ ...pmInput(GOOD_PM_ANSWER), question: { text: PM_QUESTION, sampleAnswer: "Our sample." } });
    expect(own.sampleAnswer).toBe("Our sample.");
    const built = analyzeAnswer({
      ...pmInput(GOOD_PM_ANSWER),
      question: { text: PM_QUESTION, keyPoints: ["Define the invite funnel", "Rank ideas by impact and effort"] },
    });
    expect(built.sampleAnswer).toContain("Define the invite funnel");
    expect(built.sampleAnswer).toContain("Rank ideas by impact and effort");
    const outline = analyzeAnswer(pmInput(GOOD_PM_ANSWER));
    expect(outline.sampleAnswer.length).toBeGreaterThan(60);
  });

  it("rewards covering the question's key points", () => {
    const question = {
      text: "How would you reduce churn in a meal-kit subscription?",
      keyPoints: ["find why customers cancel with exit surveys", "offer a pause instead of cancel", "measure monthly churn by cohort"],
    };
    const covering =
      "I'd start with exit surveys to learn why customers cancel, then offer a pause option instead of cancel for people who travel, and measure monthly churn by signup cohort.";
    const missing =
      "I'd send more marketing emails with discounts and add new recipes every week so the menu feels fresh and exciting for everybody.";
    const a = analyzeAnswer({ rubric: "product_management", level: "mid", question, answer: covering });
    const b = analyzeAnswer({ rubric: "product_management", level: "mid", question, answer: missing });
    expect(a.total).toBeGreaterThan(b.total);
  });

  it("measures latency only when given a clock", async () => {
    let tick = 0;
    const scorer = createBuiltinScorer({ now: () => (tick += 3) });
    const score = await scorer.score(pmInput(GOOD_PM_ANSWER));
    expect(score.latencyMs).toBe(3);
    expect((await createBuiltinScorer().score(pmInput(GOOD_PM_ANSWER))).latencyMs).toBe(0);
  });
});

describe("an approach named in words", () => {
  it("prefix and suffix products, a running maximum and two passes count as naming the algorithm", () => {
    const question = "Given an integer array, return an array where each element is the product of all the others, without division.";
    const named = "Two passes: prefix products left to right, then suffix products right to left, keeping a running product. It is O(n) time.";
    const vague = "I would go through the numbers and work out each answer carefully so that it comes out right. It is O(n) time.";
    const approach = (answer: string) => analyzeAnswer({ rubric: "coding", level: "junior", question: { text: question }, answer }).dimensions.find((d) => d.key === "approach")!;
    expect(approach(named).score).toBeGreaterThan(approach(vague).score);
    expect(approach(named).comment).not.toContain("name the algorithm");
  });
});
