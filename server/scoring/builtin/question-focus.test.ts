/**
 * The question's focus (question-focus.ts). Every question and answer here was written for this test
 * in scoring round 8 (helper G), before the rule was measured on them; none comes from a calibration
 * or hold-out file. Each off-topic answer is a competent answer to a neighbouring question of the
 * same product or system, sharing its scene words.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { checkFocus, questionFocus } from "@/server/scoring/builtin/question-focus";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import type { TScoreInput } from "@/server/scoring/scorer";

const phrases = (question: string): string[] => questionFocus(question).map((g) => g.phrase);

describe("questionFocus", () => {
  it("reads both sides of a comparison", () => {
    expect(phrases("What is the difference between a mutex and a semaphore? When would you use each?")).toEqual(["mutex", "semaphore"]);
    expect(phrases("Compare optimistic locking with pessimistic locking.")).toEqual(["optimistic locking", "pessimistic locking"]);
    expect(phrases("Explain REST vs GraphQL for a public API.")).toEqual(["REST", "GraphQL"]);
  });

  it("reads what someone wants, and the object of the asked action", () => {
    expect(phrases("A city library wants members to be able to renew loans from its app. What would you build first?")).toEqual(["renew loans"]);
    expect(phrases("Management wants a referral programme for our meal-kit service.")).toEqual(["referral programme"]);
    expect(phrases("Our CI takes 40 minutes. How would you shorten the build of the monorepo?")).toEqual(["build"]);
  });

  it("reads a question that refers back ('why', 'the cause', 'it') from the last two words of its scene when they are a noun phrase", () => {
    expect(phrases("Our podcast app sends a weekly digest, and only 3% of recipients click its episode links. How would you find out why?")).toEqual([
      "episode links",
    ]);
    // The last two words close a prepositional phrase ("with duplicate key violations"), so the subject counts too (round 11, issue 14).
    expect(phrases("Nightly imports into our warehouse keep failing with duplicate key violations. How would you find the cause?")).toEqual([
      "Nightly imports / key violations",
    ]);
  });

  it("finds no focus where the question only refers back to a scene that ends on no noun phrase", () => {
    expect(phrases("Signups fell 10% last week. How would you find out why?")).toEqual([]);
    expect(phrases("Our API returns errors at peak. How would you find the cause and fix it?")).toEqual([]);
    expect(phrases("Leadership moved the paywall to day one. How would you decide whether to keep the change?")).toEqual([]);
    expect(phrases("Tell me about a time you disagreed with a teammate.")).toEqual([]);
  });
});

const stems = (text: string): string[] => tokenize(text).filter((t) => !isStopWord(t)).map(stem);

describe("checkFocus", () => {
  const question = "Management wants a referral programme for our meal-kit service. How would you design it?";

  it("drifts when the focus is never named and the answer keeps returning to its own subject", () => {
    const answer = "I'd add a pause option. Pause for a week, pause for a month; the pause screen shows the next box. Pause beats cancelling.";
    const check = checkFocus(question, stems(question), stems(answer));
    expect(check.missed.map((g) => g.phrase)).toEqual(["referral programme"]);
    expect(check.chain?.count).toBeGreaterThanOrEqual(3);
    expect(check.drifts).toBe(true);
  });

  it("does not drift when the focus is named, even once", () => {
    const answer = "Each referral gives both friends a free box. Pause for a week, pause for a month; the pause screen shows the next box.";
    expect(checkFocus(question, stems(question), stems(answer)).drifts).toBe(false);
  });
});

type TCase = { track: TScoreInput["rubric"]; question: string; strong: string; mediocre: string; offTopic: string };

const CASES: Record<string, TCase> = {
  "a product question that says what someone wants": {
    track: "product_management",
    question:
      "A city library wants members to be able to renew loans from its app, because the renewal desk has long queues on Saturdays. What would you build first, and how would you know after a month that it worked?",
    strong:
      "First version: a 'Renew' button on each loan in the app's loans list, plus 'Renew all'. It checks the same rules the desk uses: no holds by other members, under the renewal limit of three, no unpaid fines over 10 euros; when a renewal is refused, the app says why and what to do. I'd skip payments and reservations for now. Members get a reminder push three days before a due date with a one-tap renew. After a month I'd compare Saturday desk renewals with the month before (target: down by half), the share of renewals done in the app, and late returns, with complaints at the desk as a guardrail.",
    mediocre:
      "The library should make the app better so people don't need to queue. I would let members renew their books in the app and maybe also add other features like reviews and recommendations. We should make it easy to use and nice to look at. After a month I would ask the staff if the queue is shorter and look at the app store rating.",
    offTopic:
      "I'd grow attendance at the library's workshops by putting the events calendar on the app's home screen, with one-tap booking and a reminder the day before. Today workshops are only announced on posters, so most members never hear about them. Each workshop page would show the date, the room, the seats left and a short description written by the librarian who runs it. After a month I'd look at bookings per workshop, the no-show rate and how many members book a second workshop, and ask the librarians which workshops filled up.",
  },
  "a comparison question": {
    track: "software_engineering",
    question: "What is the difference between a mutex and a semaphore? When would you choose each in practice?",
    strong:
      "A mutex is a lock with an owner: one thread acquires it, and only that thread may release it, so it protects a critical section such as updating a shared map. A semaphore is a counter: acquire decrements it and blocks at zero, release increments it, and any thread may release. With a count of N it limits concurrency, for example at most 10 open database connections. I'd use a mutex to protect shared state, and a semaphore to bound access to a pool of resources or to signal between producer and consumer threads. A binary semaphore looks like a mutex but has no ownership, so it cannot detect a thread releasing a lock it never took.",
    mediocre:
      "Both are used for synchronization between threads. A mutex lets one thread in at a time and a semaphore can let more threads in. They are both important in concurrent programming to avoid problems. I would use a mutex most of the time because it is simpler.",
    offTopic:
      "Atomic operations let threads update shared values without blocking. A compare-and-swap reads a value, computes a new one and writes it only if nobody changed it in between; otherwise the atomic loop retries. Counters, flags and lock-free queues are built this way. Atomic increments are much cheaper than a system call under low contention, but under heavy contention the retries waste CPU, and atomic code is hard to get right once more than one variable must change together, where the ABA problem also appears.",
  },
};

const input = (c: TCase, answer: string): TScoreInput => ({ rubric: c.track, level: "mid", question: { text: c.question }, answer });

describe.each(Object.entries(CASES))("off-topic answers to %s", (_name, c) => {
  const strong = analyzeAnswer(input(c, c.strong));
  const mediocre = analyzeAnswer(input(c, c.mediocre));
  const offTopic = analyzeAnswer(input(c, c.offTopic));

  it("flags the neighbouring question's answer and keeps it at or below the mediocre answer", () => {
    expect(offTopic.flags).toContain("off_topic");
    expect(offTopic.total).toBeLessThanOrEqual(mediocre.total);
  });

  it("leaves the on-topic answers unflagged, the strong one above the mediocre one", () => {
    expect(strong.flags).not.toContain("off_topic");
    expect(mediocre.flags).not.toContain("off_topic");
    expect(strong.total).toBeGreaterThan(mediocre.total);
  });
});

/** On-topic answers that paraphrase the focus ("cancellations" for churn, "scaling up/out"): never flagged. */
const PARAPHRASES: Array<[TScoreInput["rubric"], string, string]> = [
  ["product_management", "How would you reduce churn for our meal-kit subscription?",
   "Most cancellations happen after the third box, when the novelty wears off and people find they can't cook five dinners a week. I'd look at cancellation reasons and at how many boxes people skip before they cancel. Then I'd test two things: a smaller two-dinner box for people who say it's too much food, and a one-click pause instead of cancel for people going on holiday. I'd measure 90-day retention per cohort, with revenue per subscriber as a guardrail, because a smaller box can lower it."],
  ["software_engineering", "How would you speed up a slow CI pipeline that now takes 45 minutes per pull request?",
   "First I'd measure where the time goes: most pipelines I've seen spend it on installing dependencies, building Docker images and running the whole test suite serially. I'd cache dependencies keyed by the lockfile, cache Docker layers, and split the tests across four parallel runners by their recorded duration. Tests for untouched packages can be skipped with a dependency graph in a monorepo. I'd track the p50 and p90 duration per run, and the flaky-test rate, since retries hide in those numbers."],
  ["software_engineering", "What is the difference between horizontal and vertical scaling? When would you choose each?",
   "Scaling up means a bigger machine: more CPU and memory for the same server. It is simple, needs no code change, and suits a database that is hard to shard, but it has a ceiling and a single point of failure. Scaling out means more machines behind a load balancer: it needs stateless services, since sessions must live in a shared store, but it grows almost without limit and survives a node failure. I'd scale a relational database up first, and stateless web servers out."],
  ["product_management", "Our CEO wants a dark mode in the mobile app. How would you decide whether to build it?",
   "I'd first check how many users ask for it: support tickets, app store reviews and the share of users whose phone is already set to a dark system theme. Then the cost: a dark theme touches every screen, so design and QA effort matter more than code. If more than a third of users use a dark system theme and the estimate is under a sprint, I'd build it and measure evening session length."],
];

describe("on-topic answers that paraphrase the focus", () => {
  it.each(PARAPHRASES)("are not flagged off topic (%s: %s)", (rubric, question, answer) => {
    expect(analyzeAnswer({ rubric, level: "mid", question: { text: question }, answer }).flags).not.toContain("off_topic");
  });
});

/**
 * A comparison whose answer names neither side (round 12, issue 14). Written for this test: a
 * competent answer about the neighbouring subject (connection pooling), which says "test it" and
 * "roll it out" — pronoun references that otherwise tie an answer to its question's subject.
 */
describe("a comparison answered without naming either side", () => {
  const question = "What is the difference between optimistic and pessimistic locking? When would you pick each?";
  const offTopic =
    "I'd size the connection pool from the database's limits rather than guess. Each app instance gets a share: with 200 " +
    "connections and 8 instances, 20 each, leaving headroom for migrations and admin sessions. I'd put PgBouncer in transaction " +
    "mode in front, set a checkout timeout of 2 s so a burst fails fast instead of queueing, and watch pool wait time and saturation. " +
    "I'd load test it at twice the peak before I roll it out, and alert when waits pass 100 ms.";
  const sound =
    "Optimistic locking lets two writers read freely and checks a version column on update: if the row changed, the second " +
    "update fails and retries. Pessimistic locking takes SELECT … FOR UPDATE first, so the second writer waits. I'd pick " +
    "optimistic when conflicts are rare, like profile edits, and pessimistic when they are frequent and a retry is costly, like " +
    "seat booking, and I'd test it under contention before I roll it out.";

  it("is flagged off topic even when it says 'it' about its own subject", () => {
    const check = checkFocus(question, stems(question), stems(offTopic));
    expect(check.neitherSide).toBe(true);
    const score = analyzeAnswer({ rubric: "software_engineering", level: "mid", question: { text: question }, answer: offTopic });
    expect(score.flags).toContain("off_topic");
    expect(score.total).toBeLessThan(analyzeAnswer({ rubric: "software_engineering", level: "mid", question: { text: question }, answer: sound }).total);
  });

  it("leaves an answer that names the sides alone", () => {
    expect(checkFocus(question, stems(question), stems(sound)).neitherSide).toBe(false);
    expect(analyzeAnswer({ rubric: "software_engineering", level: "mid", question: { text: question }, answer: sound }).flags).not.toContain("off_topic");
  });
});
