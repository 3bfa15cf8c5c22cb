/**
 * "Practise for this job": bank questions that cover the job's requirements in rank order (see
 * match-questions.ts), started through the ordinary startInterview so the same quota transaction,
 * email check and idempotency apply; each item records the requirement it was picked for. The
 * interview's track is the one most of its questions come from; each answer is graded on its own
 * question's rubric.
 */
import { and, eq, gt } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { interviewQuestions, interviews, jobInterviewItems } from "@/db/schema";
import type { TStartJobInterview } from "@/server/contracts/job-targets";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { modelConfigFromEnv, type TModelConfig } from "@/server/scoring/openai/model-config";
import { AppError } from "@/server/errors";
import { startInterview } from "@/server/interviews/start-interview";
import { loadBank } from "./bank";
import { generateForGaps } from "./generate-questions";
import { covers, pickQuestions } from "./match-questions";
import { listRequirements, ownJobTarget } from "./store";

const RECENT_DAYS = 30;
const TOP_REQUIREMENTS = 5;

async function recentlySeen(db: TDbOrTx, userId: string): Promise<Set<string>> {
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 3600 * 1000);
  const rows = await db
    .select({ questionId: interviewQuestions.questionId })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .where(and(eq(interviews.userId, userId), gt(interviews.startedAt, since)));
  return new Set(rows.map((row) => row.questionId));
}

function mostCommonTrack(tracks: TTrack[]): TTrack {
  const counts = new Map<TTrack, number>();
  for (const track of tracks) counts.set(track, (counts.get(track) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

export async function startJobInterview(db: TDbOrTx, userId: string, input: TStartJobInterview, ai: TModelConfig | null = modelConfigFromEnv()) {
  const target = await ownJobTarget(db, userId, input.id);
  const requirements = await listRequirements(db, target.id);
  if (requirements.length === 0) throw new AppError("VALIDATION_ERROR", "Add at least one requirement to this job before practising for it.", { reason: "no_requirements" });
  const bank = await loadBank(db);
  let picked = pickQuestions({ requirements, bank, level: target.level, count: input.questionCount, recentlySeen: await recentlySeen(db, userId) });
  // Top requirements the bank does not cover: with an AI provider, questions written for them take the last places.
  const gaps = requirements.slice(0, TOP_REQUIREMENTS).filter((requirement) => !picked.some((pick) => covers(pick.question, requirement)));
  const generated = await generateForGaps(db, { userId, target, gaps, bank }, ai);
  if (generated.length > 0) picked = [...picked.slice(0, Math.max(0, input.questionCount - generated.length)), ...generated];
  if (picked.length === 0) {
    throw new AppError("NOT_FOUND", "No question in the bank matches this job's requirements yet. Reword a requirement or add skills the bank covers.", { reason: "no_matching_questions" });
  }
  const track = mostCommonTrack(picked.map((pick) => pick.question.track));
  const interviewId = await startInterview(
    db,
    userId,
    { track, level: target.level, questionCount: picked.length },
    {
      pickQuestions: async () => picked.map((pick) => ({ id: pick.question.id })),
      afterInsert: async (tx, id, items) => {
        await tx.insert(jobInterviewItems).values(
          items.map((item) => {
            const { requirement } = picked.find((pick) => pick.question.id === item.questionId)!;
            return { interviewQuestionId: item.id, interviewId: id, jobTargetId: target.id, requirementId: requirement.id, requirementText: requirement.text };
          }),
        );
      },
    },
  );
  return {
    interviewId,
    items: picked.map((pick) => ({
      questionId: pick.question.id,
      questionText: pick.question.text,
      track: pick.question.track,
      requirementId: pick.requirement.id,
      requirementText: pick.requirement.text,
    })),
  };
}
