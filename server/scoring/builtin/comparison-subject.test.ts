/**
 * Scoring round 11: a comparison answered about a third thing. Every question and answer here was
 * written for this test (none comes from a calibration, hold-out or question-bank file).
 */
import { describe, expect, it } from "vitest";
import { thirdSubject } from "@/server/scoring/builtin/comparison-subject";
import { checkFocus, questionFocus } from "@/server/scoring/builtin/question-focus";
import { scoreFreeText } from "@/server/scoring/builtin/score-fixtures";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";

const stems = (text: string): string[] => tokenize(text).filter((t) => !isStopWord(t)).map(stem);
const third = (question: string, answer: string) => thirdSubject(question, answer, questionFocus(question), stems(answer), []);
const score = (question: string, answer: string) => scoreFreeText("software_engineering", "mid", question, answer);

const LOCKS = "What is the difference between a mutex and a semaphore? When would you reach for each one?";

/** Fluent and correct, but about spinlocks; it names both sides on the way, as a spinlock is kin to both. */
const SPINLOCKS =
  "A spinlock is a lock that never puts the waiting thread to sleep: the thread loops on an atomic compare-and-swap until the owner lets go. " +
  "That makes a spinlock cheap when the critical section is a few instructions long, because a context switch costs microseconds while the spin costs nanoseconds. " +
  "On a single core a spinlock is a disaster, since the owner cannot run while the waiter burns its time slice, so kernels disable preemption while one is held. " +
  "Linux uses them inside interrupt handlers, where sleeping is not allowed, and falls back to a sleeping mutex for longer sections. " +
  "Like a binary semaphore it admits one holder, but nobody queues. " +
  "I'd add exponential backoff and a pause instruction in the loop so that twenty waiting cores do not hammer the same cache line.";

/** The mediocre answer: right, but thin. */
const THIN =
  "A mutex lets one thread at a time into a critical section, and only the thread that locked it can unlock it. " +
  "A semaphore keeps a count, so several threads can hold it at once, for example five connections to a database. " +
  "I'd use a mutex to protect a shared map and a semaphore to limit how many workers call a slow service.";

describe("a comparison answered about a third thing", () => {
  it("reads the subject the answer opens by defining when it keeps coming back to it", () => {
    expect(third(LOCKS, SPINLOCKS)).toMatchObject({ subject: "A spinlock", count: 3 });
  });

  it("flags it off topic and scores it below a thin answer to the comparison", () => {
    const offTopic = score(LOCKS, SPINLOCKS);
    expect(offTopic.flags).toContain("off_topic");
    expect(offTopic.total).toBeLessThan(score(LOCKS, THIN).total);
  });

  it("does not read an answer that opens by defining one of the sides", () => {
    expect(third(LOCKS, THIN)).toBeNull();
    expect(score(LOCKS, THIN).flags).not.toContain("off_topic");
  });

  it("leaves an opening that defines what both sides have in common when it is only the setting", () => {
    const answer =
      "The kernel is the one that puts a waiting thread to sleep in both cases. " +
      "A mutex is a lock with an owner: one thread enters, and only that thread may release it. " +
      "A semaphore is a counter without an owner: any thread may signal it, so it also works to hand a signal from one thread to another. " +
      "I'd reach for a mutex around a shared cache and for a semaphore to cap how many requests hit a rate-limited partner API at once.";
    expect(third(LOCKS, answer)).toBeNull();
    expect(score(LOCKS, answer).flags).not.toContain("off_topic");
  });

  it("leaves a defined setting that comes back less often than either side", () => {
    const answer =
      "The kernel is the part both rely on: when a thread must wait, the kernel parks it and wakes it later. " +
      "A mutex admits one holder at a time, and the mutex has an owner, so only the thread that locked it may unlock it. " +
      "A semaphore is a counter: it admits up to N holders, and any thread may signal a semaphore, so the kernel can pass a wake-up along. " +
      "I'd guard a shared map with a mutex, keep a mutex per account for transfers, and cap calls to a slow partner with a semaphore of five; a semaphore of one is not a mutex, because it has no owner.";
    expect(third(LOCKS, answer)).toBeNull();
    expect(score(LOCKS, answer).flags).not.toContain("off_topic");
  });

  it("ignores openings that point back or frame the answer", () => {
    for (const opening of ["This is a classic question.", "The main difference is ownership.", "Both are a way to guard shared state."]) {
      expect(third(LOCKS, `${opening} ${THIN}`)).toBeNull();
    }
  });

  it("does not apply outside comparisons: an opening that defines the candidate's own remedy is the answer", () => {
    const question = "A dental clinic wants fewer missed appointments. How would you cut no-shows without annoying patients?";
    const answer =
      "A deposit is the simplest lever: patients who pay ten dollars when they book rarely forget to come, and the deposit counts towards the bill. " +
      "I'd ask for a deposit only for first visits and for patients who missed an appointment before, so regular patients are not annoyed. " +
      "A text reminder two days ahead, with a one-tap link to move the slot, catches the rest; a freed slot goes to the waiting list. " +
      "I'd compare the no-show rate for a month with and without the deposit, and watch bookings per week so we do not scare patients away.";
    // Two things asked about, as in a comparison, and a subject defined first that comes back more often than either.
    expect(questionFocus(question)).toHaveLength(2);
    expect(thirdSubject(question, answer, questionFocus(question), stems(answer), [])).not.toBeNull();
    expect(checkFocus(question, stems(question), stems(answer), [], answer).third).toBeNull();
    expect(scoreFreeText("product_management", "mid", question, answer).flags).not.toContain("off_topic");
  });
});

describe("a comparison answer that names one side by a synonym", () => {
  const DATABASES = "What is the difference between SQL and NoSQL databases? When would you choose each?";
  const RELATIONAL =
    "Relational databases store data in tables with a fixed schema and let you join them, and relational databases give you ACID transactions across rows. " +
    "Relational databases are the default for money, orders and anything with strong consistency needs. Document stores like MongoDB and key-value stores like DynamoDB relax the schema and scale horizontally by partitioning. " +
    "I'd choose a relational database for a billing system and a NoSQL store for a high-write event feed or a session cache where the access pattern is a single key.";
  const STREAMING =
    "Kafka keeps an append-only log per partition, and consumers track their own offsets, so Kafka can replay a topic from any point. " +
    "Kafka scales by adding partitions and brokers; producers batch and compress messages, and Kafka's retention is set per topic. " +
    "I'd use Kafka for an event pipeline between services and keep consumer groups small enough that a rebalance stays quick.";

  it("is not flagged off topic: it names NoSQL and calls SQL 'relational databases' (flagged at 8 before)", () => {
    const result = score(DATABASES, RELATIONAL);
    expect(result.flags).not.toContain("off_topic");
    expect(result.total).toBeGreaterThanOrEqual(40);
  });

  it("an answer naming neither side, about another thing, is still flagged", () => {
    const result = score(DATABASES, STREAMING);
    expect(result.flags).toContain("off_topic");
    expect(result.total).toBeLessThan(score(DATABASES, RELATIONAL).total - 30);
  });
});

