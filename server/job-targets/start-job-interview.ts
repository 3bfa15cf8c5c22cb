/**
 * "Practise for this job": bank questions that cover the job's requirements in rank order (see
 * match-questions.ts), started through the ordinary startInterview so the same quota transaction,
 * email check and idempotency apply; each item records the requirement it was picked for. The
 * interview's track is the one most of its questions come from; each answer is graded on its own
 * question's rubric.
 *
 * The plan (bank match plus, with an AI provider, questions written for the gaps) is made BEFORE the
 * transaction: the model call can take up to 30 s and must not hold a pooled connection with a
 * transaction open. Only the quota check, the idempotency key and the inserts share the short
 * transaction. Drafts are reused per job and requirement, so a retry does not call the model again.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx, TTransaction } from "@/db";
import { idempotencyKeys, interviewQuestions, interviews, jobInterviewItems } from "@/db/schema";
import type { TStartJobInterview } from "@/server/contracts/job-targets";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { modelConfigFromEnv, type TModelConfig } from "@/server/scoring/openai/model-config";
import { AppError } from "@/server/errors";
import { withIdempotency, type TIdempotentResult } from "@/server/interviews/idempotency";
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

/**
 * The interview's track: the one most of the picked questions come from. A tie goes to the track the
 * job's requirements name first (its top requirement's first track), not to whichever question was
 * picked first: "a backend engineer who knows PostgreSQL … and can mentor juniors" picks one
 * engineering and one mentoring question, and is an engineering interview.
 */
function interviewTrack(picked: ReadonlyArray<{ question: { track: TTrack }; requirement: { tracks: readonly TTrack[] } }>): TTrack {
  const counts = new Map<TTrack, number>();
  for (const { question } of picked) counts.set(question.track, (counts.get(question.track) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tied = [...counts].filter(([, count]) => count === most).map(([track]) => track);
  for (const { requirement } of picked) for (const track of requirement.tracks) if (tied.includes(track)) return track;
  return tied[0]!;
}

async function keyInUse(db: TDbOrTx, userId: string, key: string): Promise<boolean> {
  const rows = await db
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, sql`now()`)));
  return rows.length > 0;
}

export interface TJobInterviewPlan {
  target: Awaited<ReturnType<typeof ownJobTarget>>;
  picked: Array<Awaited<ReturnType<typeof pickQuestions>>[number]>;
}

/** Which questions the interview asks; may call the model, so it runs outside any transaction. */
export async function planJobInterview(db: TDbOrTx, userId: string, input: TStartJobInterview, ai: TModelConfig | null = modelConfigFromEnv()): Promise<TJobInterviewPlan> {
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
  return { target, picked };
}

/** The interview's language from the saved preference when the start names none (the request's cookie and Accept-Language next). */
export type TJobInterviewLanguage = (saved: TLanguage | null) => TLanguage;

/** Starts the planned interview (quota, email check, inserts) in the caller's transaction or a new one. */
export async function startPlannedInterview(db: TDbOrTx, userId: string, { target, picked }: TJobInterviewPlan, language?: TJobInterviewLanguage) {
  const track = interviewTrack(picked);
  const interviewId = await startInterview(
    db,
    userId,
    { track, level: target.level, questionCount: picked.length },
    {
      language,
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

/** What POST /interviews with jobTargetId was sent beside it: the job target must agree, or nothing starts. */
export interface TJobStartAgreement {
  track?: TTrack;
  level?: TLevel;
}

function disagreement(field: "track" | "level", sent: string, picked: string): AppError {
  const problem = `this job target's interview is ${field === "level" ? "at" : "in"} ${picked}, not ${sent}: leave ${field} out or send ${picked}`;
  return new AppError("VALIDATION_ERROR", `Invalid input — ${field}: ${problem}`, { fields: { [field]: problem }, [field]: picked });
}

/** Plan, then start; without an Idempotency-Key the start still runs in one short transaction. */
export async function startJobInterview(
  db: TDatabase,
  userId: string,
  input: TStartJobInterview,
  options: { idempotencyKey?: string | null; ai?: TModelConfig | null; agree?: TJobStartAgreement; language?: TJobInterviewLanguage } = {},
): Promise<TIdempotentResult<Awaited<ReturnType<typeof startPlannedInterview>>>> {
  const ai = options.ai === undefined ? modelConfigFromEnv() : options.ai;
  const key = options.idempotencyKey ?? null;
  // A language sent with the start wins over the saved one and the request's.
  const sent = input.language;
  const language: TJobInterviewLanguage | undefined = sent ? () => sent : options.language;
  const request = { userId, key, scope: "jobTargets.startInterview", request: input, status: 201 };
  // A key already used: withIdempotency replays (or refuses) without running; plan inside only if the key expired meanwhile.
  if (key !== null && (await keyInUse(db, userId, key))) return withIdempotency(db, request, async (tx: TTransaction) => startPlannedInterview(tx, userId, await planJobInterview(tx, userId, input, null), language));
  const { track, level } = options.agree ?? {};
  // The level is the target's own: refused before the plan (which may call the model).
  if (level !== undefined) {
    const target = await ownJobTarget(db, userId, input.id);
    if (target.level !== level) throw disagreement("level", level, target.level);
  }
  const plan = await planJobInterview(db, userId, input, ai);
  // The track comes out of the plan; refused before the start, so no quota is used.
  const planned = interviewTrack(plan.picked);
  if (track !== undefined && track !== planned) throw disagreement("track", track, planned);
  return withIdempotency(db, request, (tx: TTransaction) => startPlannedInterview(tx, userId, plan, language));
}

/** The response's `coverage`: which requirement each question was picked for (both start routes give it). */
export function jobCoverage(result: Awaited<ReturnType<typeof startPlannedInterview>>) {
  return result.items.map(({ requirementId, questionId }) => ({ requirementId, questionId }));
}
