/**
 * progress.stats and progress.get filtered by a job target (createCaller against PostgreSQL): only
 * interviews linked to the job count; a job with none gives empty numbers; another user's job target
 * is a 404 and a malformed id a 400.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { interviewQuestions, jobInterviewItems, questions } from "@/db/schema";
import { insertPracticeHistory } from "@/db/seed/practice-history";
import { failure } from "@/test/helpers/app-error";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const JOB = "Requirements:\n- Define product metrics and run experiments\n- Prioritise a roadmap with engineering and design\n- Talk to users every week";

async function productQuestions(): Promise<string[]> {
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.track, "product_management"), eq(questions.level, "junior"), eq(questions.active, true)))
    .orderBy(asc(questions.slug));
  return rows.slice(0, 3).map((row) => row.id);
}

/** Two completed product interviews: the older one ordinary (scores 9), the newer one for the job (scores 4). */
async function candidateWithJob() {
  const { user, caller } = await verifiedTestUser(db, "progress-job");
  const asked = await productQuestions();
  const answersAt = (day: number, score: number) => asked.map((questionId) => ({ questionId, at: daysAgo(day), scores: score }));
  const [ordinary, forJob] = await insertPracticeHistory(db, user.id, [
    { track: "product_management", level: "junior", startedAt: daysAgo(5), completed: true, answers: answersAt(5, 9) },
    { track: "product_management", level: "junior", startedAt: daysAgo(2), completed: true, answers: answersAt(2, 4) },
  ]);
  const { jobTarget } = await caller.jobTargets.create({ title: "Product Manager", level: "junior", description: JOB });
  const { jobTarget: idle } = await caller.jobTargets.create({ title: "Growth PM", level: "junior", description: JOB });
  const items = await db.select({ id: interviewQuestions.id }).from(interviewQuestions).where(inArray(interviewQuestions.interviewId, [forJob!]));
  await db.insert(jobInterviewItems).values(items.map((item) => ({ interviewQuestionId: item.id, interviewId: forJob!, jobTargetId: jobTarget.id, requirementText: "Define product metrics" })));
  return { caller, ordinary: ordinary!, forJob: forJob!, jobTargetId: jobTarget.id, idleJobTargetId: idle.id };
}

describe("progress filtered by job target", () => {
  it("counts only the job's interviews in stats, series and skills", async () => {
    const { caller, jobTargetId } = await candidateWithJob();
    const all = await caller.progress.stats();
    expect(all).toMatchObject({ totalInterviews: 2, completedInterviews: 2, questionsAnswered: 6 });

    const job = await caller.progress.stats({ jobTargetId });
    expect(job).toMatchObject({ totalInterviews: 1, completedInterviews: 1, questionsAnswered: 3, lastPracticedOn: daysAgo(2).toISOString().slice(0, 10) });
    expect(job.bestScore).toBeLessThan(all.bestScore!);

    const everything = await caller.progress.get({ track: "product_management" });
    expect(everything.series).toHaveLength(2);
    const progress = await caller.progress.get({ track: "product_management", jobTargetId });
    expect(progress.series).toEqual([{ date: daysAgo(2).toISOString().slice(0, 10), score: 40, answers: 3 }]);
    expect(progress.tracks).toEqual([expect.objectContaining({ track: "product_management", scoredAnswers: 3 })]);
    // Skills from the job's answers alone (4/10 everywhere), so every skill is low.
    expect(progress.skills.length).toBeGreaterThan(0);
    expect(progress.skills.every((skill) => skill.score === 4 && skill.samples === 3)).toBe(true);
    expect(everything.skills.every((skill) => skill.samples === 6)).toBe(true);
  });

  it("a job with no interviews is empty; another user's job target is 404; a malformed id is 400", async () => {
    const { caller, jobTargetId, idleJobTargetId } = await candidateWithJob();
    expect(await caller.progress.stats({ jobTargetId: idleJobTargetId })).toMatchObject({ totalInterviews: 0, completedInterviews: 0, averageScore: null, questionsAnswered: 0, currentStreak: 0 });
    expect(await caller.progress.get({ jobTargetId: idleJobTargetId })).toMatchObject({ tracks: [], series: [], skills: [], gaps: [] });

    const other = await verifiedTestUser(db, "progress-job-other");
    expect((await failure(other.caller.progress.stats({ jobTargetId }))).status).toBe(404);
    expect((await failure(other.caller.progress.get({ jobTargetId }))).status).toBe(404);
    expect((await failure(caller.progress.stats({ jobTargetId: "not-a-uuid" }))).status).toBe(400);
    expect((await failure(caller.progress.get({ jobTargetId: "not-a-uuid" }))).status).toBe(400);
  });
});
