import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { interviews, questions, users } from "@/db/schema";
import { insertPracticeHistory, type TPracticeInterview } from "@/db/seed/practice-history";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { answersToCsv } from "@/server/analytics/export";
import { adviceIn } from "@/server/analytics/skill-advice";
import { rankCounts } from "@/server/analytics/percentile";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { callerFor, uniqueEmail, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const DAY = 24 * 60 * 60 * 1000;
const now = Date.now();
const daysAgo = (days: number, minutes = 0) => new Date(now - days * DAY + minutes * 60 * 1000);

async function questionIds(track: TTrack, level: TLevel): Promise<string[]> {
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.track, track), eq(questions.level, level), eq(questions.active, true)))
    .orderBy(asc(questions.slug));
  return rows.map((row) => row.id);
}

/**
 * A learner: 12 product answers on 12 consecutive days (3 questions, 4 interviews, 3 completed);
 * metrics climb, prioritization falls, the rest hold.
 */
async function learner() {
  const { user, caller } = await verifiedTestUser(db, "progress-learner");
  const [q1, q2, q3] = await questionIds("product_management", "junior");
  const asked = [q1!, q2!, q3!];
  const history: TPracticeInterview[] = [0, 1, 2, 3].map((round) => ({
    track: "product_management",
    level: "junior",
    startedAt: daysAgo(11 - round * 3, -5),
    completed: round < 3,
    answers: asked.map((questionId, position) => {
      const i = round * 3 + position;
      return {
        questionId,
        at: daysAgo(11 - i),
        scores: { structure: 8, metrics: 2 + i * 0.5, prioritization: 8 - i * 0.4, user_empathy: 6.8, communication: 7.5 },
      };
    }),
  }));
  await insertPracticeHistory(db, user.id, history);
  return { user, caller, asked };
}

/** Someone else practising the same track today, with very different scores. */
async function bystander() {
  const { user, caller } = await verifiedTestUser(db, "progress-bystander");
  const ids = await questionIds("product_management", "junior");
  await insertPracticeHistory(db, user.id, [
    { track: "product_management", level: "junior", startedAt: daysAgo(0, -30), completed: true, answers: ids.slice(3, 6).map((questionId) => ({ questionId, at: daysAgo(0, -20), scores: 10 })) },
  ]);
  return { user, caller };
}

describe("progress.stats", () => {
  it("totals, average and best of completed interviews, questions answered and the streak", async () => {
    const { caller } = await learner();
    await bystander();
    const stats = await caller.progress.stats();
    expect(stats).toMatchObject({ totalInterviews: 4, completedInterviews: 3, questionsAnswered: 12, currentStreak: 12 });
    expect(stats.lastPracticedOn).toBe(new Date(now).toISOString().slice(0, 10));
    // Interview totals: round(mean of the 3 answers' totals); answer total = sum of dimensions × 2.
    const totals = Array.from({ length: 12 }, (_, i) => Math.round((8 + (2 + i * 0.5) + (8 - i * 0.4) + 6.8 + 7.5) * 2));
    const overall = [0, 1, 2].map((round) => Math.round(totals.slice(round * 3, round * 3 + 3).reduce((a, b) => a + b, 0) / 3));
    expect(stats.bestScore).toBe(Math.max(...overall));
    expect(stats.averageScore).toBeCloseTo(overall.reduce((a, b) => a + b, 0) / 3, 1);
  });

  it("is all zeros for a new candidate", async () => {
    const { caller, user } = await verifiedTestUser(db, "progress-new");
    expect(await caller.progress.stats()).toEqual({
      totalInterviews: 0,
      completedInterviews: 0,
      averageScore: null,
      bestScore: null,
      questionsAnswered: 0,
      memberSince: user.createdAt.toISOString(),
      currentStreak: 0,
      lastPracticedOn: null,
    });
  });

  it("needs a signed-in user", async () => {
    await expect(callerFor(db).caller.progress.stats()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("progress.get", () => {
  it("series per day, skills with trends, gaps with unanswered questions, and no percentile under 20 candidates", async () => {
    const { caller, asked } = await learner();
    await bystander();
    const progress = await caller.progress.get({});
    expect(progress).toMatchObject({ track: "product_management", level: "junior" });
    expect(progress.tracks).toEqual([expect.objectContaining({ track: "product_management", level: "junior", scoredAnswers: 12 })]);

    expect(progress.series).toHaveLength(12);
    expect(progress.series[0]).toEqual({ date: daysAgo(11).toISOString().slice(0, 10), score: Math.round((8 + 2 + 8 + 6.8 + 7.5) * 2), answers: 1 });
    expect(progress.series.at(-1)?.date).toBe(new Date(now).toISOString().slice(0, 10));

    const skills = Object.fromEntries(progress.skills.map((skill) => [skill.key, skill]));
    expect(Object.keys(skills)).toEqual(["structure", "metrics", "prioritization", "user_empathy", "communication"]);
    expect(skills.metrics).toMatchObject({ trend: "improving", slope: 0.5, samples: 12 });
    expect(skills.prioritization).toMatchObject({ trend: "declining", slope: -0.4 });
    expect(skills.structure).toMatchObject({ trend: "stable", slope: 0, score: 8 });
    expect(skills.metrics?.recent).toHaveLength(12);
    expect(skills.metrics?.recent.at(-1)).toBe(7.5);
    // Recent answers weigh more: mastery sits above the plain mean of a rising skill.
    expect(skills.metrics!.score).toBeGreaterThan(4.75);

    // Mastery: prioritization 5.2, metrics 5.5, user empathy 6.8 (more than a point above: not a gap).
    expect(progress.gaps.map((gap) => [gap.key, gap.score])).toEqual([
      ["prioritization", 5.2],
      ["metrics", 5.5],
    ]);
    for (const gap of progress.gaps) {
      expect(gap.advice.length).toBeGreaterThan(40);
      expect(gap.tags.length).toBeGreaterThan(0);
      expect(gap.recommendedQuestionIds.length).toBeGreaterThan(0);
      for (const id of gap.recommendedQuestionIds) expect(asked).not.toContain(id);
    }
    const recommended = progress.gaps.flatMap((gap) => gap.recommendedQuestionIds);
    const rows = await db.select({ track: questions.track, active: questions.active }).from(questions).where(sql`${questions.id} in ${recommended}`);
    expect(rows.every((row) => row.track === "product_management" && row.active)).toBe(true);
    expect(new Set(recommended).size).toBe(recommended.length);

    expect(progress.percentile).toBeNull();
    expect(progress.benchmark).toMatchObject({ level: "junior", reason: "not_enough_candidates", minimumCandidates: 20 });
    expect(progress.benchmark.candidates).toBeGreaterThanOrEqual(2);
  });

  it("recommends the gap questions and writes the advice in the candidate's language", async () => {
    const { caller, user } = await learner();
    await db.update(users).set({ language: "ru" }).where(eq(users.id, user.id));
    const { gaps } = await caller.progress.get({});
    // The advice is the Russian catalog's sentence for the skill, not the English one (#18).
    expect(gaps.map((gap) => gap.adviceKey)).toEqual(["product_management.prioritization", "product_management.metrics"]);
    for (const gap of gaps) expect(gap.advice).toBe(adviceIn("ru", gap.adviceKey));
    expect(gaps[1]!.advice).toMatch(/^Назовите одну основную метрику/);
    // Skills and gaps are named in the reader's language as well, beside their advice.
    expect(gaps.map((gap) => gap.label)).toEqual(["Приоритизация", "Метрики"]);
    const { skills } = await caller.progress.get({});
    for (const skill of skills) expect(skill.label).toMatch(/^[^A-Za-z]*[а-яё]/i);
    const recommended = gaps.flatMap((gap) => gap.recommendedQuestions);
    expect(recommended.length).toBeGreaterThan(0);
    const slugs = new Map((await db.select({ id: questions.id, slug: questions.slug }).from(questions)).map((row) => [row.id, row.slug]));
    for (const question of recommended) expect(question.text).toBe(SEED_TRANSLATIONS.ru[slugs.get(question.id)!]!.text);
  });

  it("another track is empty, and a newcomer gets an empty page on their preferred track", async () => {
    const { caller } = await learner();
    const coding = await caller.progress.get({ track: "coding" });
    expect(coding).toMatchObject({ track: "coding", series: [], skills: [], gaps: [], percentile: null });
    expect(coding.benchmark.reason).toBe("no_completed_interviews");

    const newcomer = await verifiedTestUser(db, "progress-newcomer");
    await db.update(users).set({ preferredTrack: "behavioral", preferredLevel: "mid" }).where(eq(users.id, newcomer.user.id));
    expect(await newcomer.caller.progress.get({})).toMatchObject({ track: "behavioral", level: "mid", tracks: [], series: [], skills: [], gaps: [] });
  });

  it("never includes another user's answers", async () => {
    await learner();
    const other = await bystander();
    const progress = await other.caller.progress.get({ track: "product_management" });
    expect(progress.series).toEqual([{ date: new Date(now - 20 * 60 * 1000).toISOString().slice(0, 10), score: 100, answers: 3 }]);
    expect(progress.skills.every((skill) => skill.score === 10 && skill.samples === 3)).toBe(true);
    const stats = await other.caller.progress.stats();
    expect(stats).toMatchObject({ totalInterviews: 1, completedInterviews: 1, averageScore: 100, bestScore: 100, questionsAnswered: 3 });
    const exported = await other.caller.progress.export();
    expect(exported.answers).toHaveLength(3);
    expect((await other.caller.progress.reviewQueue()).dueCount).toBe(0);
  });

  it("rejects an unknown track, naming the field", async () => {
    const { caller } = await verifiedTestUser(db, "progress-badtrack");
    await expect(caller.progress.get({ track: "astrology" as TTrack })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("percentile (SQL counts)", () => {
  it("ranks among candidates of the same track and level: null at 19, exact at 20, ties split", async () => {
    // In a transaction that is rolled back, so no other test ever sees these candidates.
    const rollback = new Error("rollback");
    const { user } = await verifiedTestUser(db, "progress-percentile");
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`set transaction isolation level repeatable read`);
        const before = await rankCounts(tx, user.id, "behavioral", "senior");
        expect(before.candidates, "no other test completes behavioral/senior interviews").toBe(0);
        const completed = (userId: string, overallScore: number, level: TLevel = "senior") =>
          tx.insert(interviews).values({ userId, track: "behavioral", level, questionCount: 1, status: "completed", overallScore, completedAt: new Date() });
        await completed(user.id, 60);
        await completed(user.id, 80); // my average: 70
        const others = [...Array(9).fill(50), ...Array(3).fill(70), ...Array(6).fill(90)] as number[];
        for (const score of others) {
          const [other] = await tx.insert(users).values({ email: uniqueEmail("bench"), name: "Bench" }).returning({ id: users.id });
          await completed(other!.id, score);
          await completed(other!.id, 10, "mid"); // another level: never counted
        }
        expect(await rankCounts(tx, user.id, "behavioral", "senior")).toEqual({ candidates: 19, below: 9, equal: 4, average: 70 });
        const [last] = await tx.insert(users).values({ email: uniqueEmail("bench"), name: "Bench" }).returning({ id: users.id });
        await completed(last!.id, 95);
        expect(await rankCounts(tx, user.id, "behavioral", "senior")).toEqual({ candidates: 20, below: 9, equal: 4, average: 70 });
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  });
});

describe("progress.reviewQueue", () => {
  it("brings back questions under 60 after 1, 3, 7, 14 days, with what improved", async () => {
    const { user, caller } = await verifiedTestUser(db, "progress-review");
    const [q1, q2, q3, q4, q5] = await questionIds("behavioral", "mid");
    const main = (questionId: string, days: number, score: number | Record<string, number>) => ({ questionId, at: daysAgo(days), scores: score });
    await insertPracticeHistory(db, user.id, [
      { track: "behavioral", level: "mid", startedAt: daysAgo(10, -10), completed: true, answers: [main(q1!, 3, 4), main(q3!, 10, 3.5), main(q4!, 10, 4)] },
      {
        track: "behavioral",
        level: "mid",
        startedAt: daysAgo(8, -10),
        completed: true,
        answers: [main(q3!, 8, { situation_task: 5, action: 4, result: 3.5, reflection: 4, communication: 6 }), main(q4!, 8, 7)],
      },
      { track: "behavioral", level: "mid", startedAt: daysAgo(5, -10), answers: [main(q2!, 5, 3), main(q5!, 5, 7), main(q5!, 2, 5)] },
      // A low follow-up is a different question: it never enters the queue.
      { track: "behavioral", level: "mid", startedAt: daysAgo(1, -10), answers: [main(q2!, 1, 5), { questionId: q2!, at: daysAgo(1, 5), scores: 1, kind: "follow_up" }] },
    ]);
    const queue = await caller.progress.reviewQueue();
    const byQuestion = Object.fromEntries([...queue.due, ...queue.upcoming].map((item) => [item.questionId, item]));
    // q1: one attempt at 40, 3 days ago → back after 1 day: due.
    expect(byQuestion[q1!]).toMatchObject({ due: true, lastScore: 40, attempts: 1, failedRetries: 0, intervalDays: 1, changes: [], previousScore: null });
    // q3: 35 then 45 (another interview), 8 days ago → one failed retry → 3 days: due, with per-dimension changes.
    expect(byQuestion[q3!]).toMatchObject({ due: true, lastScore: 45, previousScore: 35, attempts: 2, failedRetries: 1, intervalDays: 3 });
    expect(byQuestion[q3!]!.changes.find((change) => change.key === "situation_task")).toMatchObject({ previous: 3.5, latest: 5, delta: 1.5 });
    expect(byQuestion[q3!]!.changes.find((change) => change.key === "result")).toMatchObject({ delta: 0 });
    // q2: 30 then 50 yesterday → 3 days: upcoming.
    expect(byQuestion[q2!]).toMatchObject({ due: false, lastScore: 50, failedRetries: 1, intervalDays: 3 });
    // q5: passed (70), then 50 two days ago → the count restarts: 1 day, due.
    expect(byQuestion[q5!]).toMatchObject({ due: true, lastScore: 50, failedRetries: 0, intervalDays: 1 });
    // q4: last attempt passed → not in the queue.
    expect(byQuestion[q4!]).toBeUndefined();
    expect(queue.dueCount).toBe(3);
    expect(queue.due.map((item) => item.questionId)).toEqual([q3, q1, q5]);
  });
});

describe("progress.export", () => {
  it("every answer with its score, oldest first, as JSON and as CSV", async () => {
    const { caller, user, asked } = await learner();
    const [open] = await db.select({ id: interviews.id }).from(interviews).where(and(eq(interviews.userId, user.id), eq(interviews.status, "in_progress")));
    await caller.interviews.submitAnswer({ id: open!.id, questionId: asked[0]!, answer: '=HYPERLINK("http://evil.test","x") is how I would start' });
    const exported = await caller.progress.export();
    expect(exported.format).toBe("rehearse-answers/1");
    expect(exported.answers).toHaveLength(13);
    expect(exported.answers.at(-1)).toMatchObject({ attempt: 2, status: "pending", total: null, dimensions: [], scoredBy: null });
    expect(exported.answers[0]).toMatchObject({
      track: "product_management",
      level: "junior",
      attempt: 1,
      kind: "answer",
      status: "scored",
      total: Math.round((8 + 2 + 8 + 6.8 + 7.5) * 2),
      scoredBy: { provider: "builtin", model: "practice-history" },
    });
    expect(exported.answers[0]!.dimensions.map((dimension) => dimension.key)).toEqual(["structure", "metrics", "prioritization", "user_empathy", "communication"]);
    // Attempts count per interview question: the same bank question in a new interview starts at 1 again.
    expect(exported.answers.slice(0, 12).every((answer) => answer.attempt === 1)).toBe(true);
    const csv = answersToCsv(exported.answers).split("\r\n");
    expect(csv[0]).toBe("date,track,level,question,attempt,kind,answer,status,total,structure,metrics,prioritization,user_empathy,communication,scored_by");
    expect(csv).toHaveLength(15);
    expect(csv[13]).toContain(`,2,answer,"'=HYPERLINK(""http://evil.test"",""x"") is how I would start",pending,,,,,,,`);
  });
});

describe("progress.reviewQueue in the reader's language", () => {
  it("shows a Russian reader the Russian text of the questions to retry (#18)", async () => {
    const { user, caller } = await verifiedTestUser(db, "progress-review-ru");
    const [q1] = await questionIds("behavioral", "mid");
    await insertPracticeHistory(db, user.id, [{ track: "behavioral", level: "mid", startedAt: daysAgo(3, -10), answers: [{ questionId: q1!, at: daysAgo(3), scores: 4 }] }]);
    await db.update(users).set({ language: "ru" }).where(eq(users.id, user.id));
    const [{ slug }] = (await db.select({ slug: questions.slug }).from(questions).where(eq(questions.id, q1!))) as [{ slug: string }];
    expect((await caller.progress.reviewQueue()).due.map((item) => item.text)).toEqual([SEED_TRANSLATIONS.ru[slug]!.text]);
  });
});
