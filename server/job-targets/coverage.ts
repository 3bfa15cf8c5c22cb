/**
 * The job coverage of a tailored interview's report: for each requirement, quotes from the answers
 * that showed it (an answer to a question covering the requirement, scoring at least DECENT on the
 * requirement's rubric dimensions), "weak" when answered below that, else "not yet shown" with bank
 * questions to practise next. null for an interview that was not started for a job target.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, jobInterviewItems, jobTargets, questions, scores } from "@/db/schema";
import type { TCoverage } from "@/server/contracts/job-targets";
import type { TDimensionScore } from "@/server/contracts/vocabulary/score";
import { AppError } from "@/server/errors";
import { loadBank } from "./bank";
import { coverageScore, covers } from "./match-questions";
import { quoteFor } from "./quote";
import { listRequirements } from "./store";
import { loadTranslations } from "@/server/questions/translations";

/** Share of the mapped dimensions' maximum an answer needs to count as evidence. */
export const DECENT = 0.6;

function strength(dimensions: readonly TDimensionScore[], total: number, wanted: readonly string[]): number {
  const mapped = dimensions.filter((dimension) => wanted.includes(dimension.key) && dimension.max > 0);
  if (mapped.length === 0) return total / 100;
  return mapped.reduce((sum, dimension) => sum + dimension.score / dimension.max, 0) / mapped.length;
}

/** The same sentence quoted twice (a retry, or one story told for two questions) shows nothing new. */
function distinctQuotes<T extends { quote: string }>(evidence: T[]): T[] {
  const seen = new Set<string>();
  return evidence.filter((item) => !seen.has(item.quote) && seen.add(item.quote));
}

async function scoredAnswers(db: TDbOrTx, interviewId: string) {
  const rows = await db
    .select({ answerId: answers.id, questionId: answers.questionId, text: answers.text, total: scores.total, dimensions: scores.dimensions })
    .from(answers)
    .innerJoin(scores, eq(scores.answerId, answers.id))
    .where(and(eq(answers.interviewId, interviewId), eq(answers.kind, "answer")))
    .orderBy(desc(scores.createdAt));
  // The newest score of each answer only.
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.answerId) && seen.add(row.answerId));
}

export async function interviewCoverage(db: TDbOrTx, userId: string, interviewId: string): Promise<TCoverage | null> {
  const [interview] = await db.select({ id: interviews.id, language: interviews.language }).from(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!interview) throw new AppError("NOT_FOUND", "Interview not found.");
  const [link] = await db.select({ jobTargetId: jobInterviewItems.jobTargetId }).from(jobInterviewItems).where(eq(jobInterviewItems.interviewId, interviewId)).limit(1);
  if (!link) return null;
  const [target] = await db.select().from(jobTargets).where(and(eq(jobTargets.id, link.jobTargetId), eq(jobTargets.userId, userId)));
  if (!target) return null;
  const [requirements, items, scored, bank] = await Promise.all([
    listRequirements(db, target.id),
    db
      .select({ questionId: interviewQuestions.questionId, requirementId: jobInterviewItems.requirementId, requirementText: jobInterviewItems.requirementText, question: questions })
      .from(interviewQuestions)
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .leftJoin(jobInterviewItems, eq(jobInterviewItems.interviewQuestionId, interviewQuestions.id))
      .where(eq(interviewQuestions.interviewId, interviewId))
      .orderBy(asc(interviewQuestions.position)),
    scoredAnswers(db, interviewId),
    loadBank(db),
  ]);
  const asked = new Set(items.map((item) => item.questionId));
  const coverage: TCoverage = {
    jobTarget: { id: target.id, title: target.title, company: target.company },
    items: items.map((item) => ({ questionId: item.questionId, requirementText: item.requirementText })),
    requirements: requirements.map((requirement) => {
      const covering = items.filter((item) => item.requirementId === requirement.id || covers(item.question, requirement));
      const answered = scored
        .filter((answer) => covering.some((item) => item.questionId === answer.questionId))
        .map((answer) => ({ ...answer, strength: strength(answer.dimensions, answer.total, requirement.dimensions) }))
        .sort((a, b) => b.strength - a.strength);
      const decent = answered.filter((answer) => answer.strength >= DECENT);
      const status = decent.length > 0 ? "shown" : answered.length > 0 ? "weak" : "not_yet_shown";
      const suggestions =
        status === "shown"
          ? []
          : bank
              .filter((question) => !asked.has(question.id) && covers(question, requirement))
              .sort((a, b) => coverageScore(b, requirement) - coverageScore(a, requirement))
              .slice(0, 2)
              .map((question) => ({ id: question.id, text: question.text, track: question.track }));
      return {
        requirementId: requirement.id,
        text: requirement.text,
        kind: requirement.kind,
        status,
        evidence: distinctQuotes(decent.map((answer) => ({ questionId: answer.questionId, quote: quoteFor(answer.text, requirement.keywords), score: answer.total }))).slice(0, 2),
        suggestedQuestions: suggestions,
      };
    }),
  };
  // Questions to practise next read in the interview's language, like the questions it asked (English where a translation is missing).
  const translations = await loadTranslations(db, coverage.requirements.flatMap((requirement) => requirement.suggestedQuestions.map((question) => question.id)), interview.language);
  for (const requirement of coverage.requirements) {
    requirement.suggestedQuestions = requirement.suggestedQuestions.map((question) => ({ ...question, text: translations.get(question.id)?.text ?? question.text }));
  }
  return coverage;
}

/** The tailored interviews of one job target, newest first (progress filtered by job). */
export async function jobTargetInterviews(db: TDbOrTx, userId: string, jobTargetId: string) {
  const rows = await db
    .selectDistinct({ id: interviews.id, status: interviews.status, startedAt: interviews.startedAt, overallScore: interviews.overallScore, requirementId: jobInterviewItems.requirementId })
    .from(jobInterviewItems)
    .innerJoin(interviews, eq(interviews.id, jobInterviewItems.interviewId))
    .where(and(eq(jobInterviewItems.jobTargetId, jobTargetId), eq(interviews.userId, userId)))
    .orderBy(desc(interviews.startedAt));
  const byId = new Map<string, { id: string; status: (typeof rows)[number]["status"]; startedAt: string; overallScore: number | null; requirements: Set<string> }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, status: row.status, startedAt: row.startedAt.toISOString(), overallScore: row.overallScore, requirements: new Set<string>() };
    if (row.requirementId) entry.requirements.add(row.requirementId);
    byId.set(row.id, entry);
  }
  return [...byId.values()].map(({ requirements, ...rest }) => ({ ...rest, requirementsCovered: requirements.size }));
}

