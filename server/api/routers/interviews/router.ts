import { abandonInterview, completeInterview, setScoreCounting } from "@/server/interviews/complete-interview";
import { deleteInterview } from "@/server/interviews/delete-interview";
import { saveDraft, skipQuestion } from "@/server/interviews/drafts";
import { idempotencyKeyFrom, withIdempotency } from "@/server/interviews/idempotency";
import { listInterviews } from "@/server/interviews/list-interviews";
import { loadInterview } from "@/server/interviews/load-interview";
import { quotaSummary } from "@/server/billing/quota-summary";
import { readStartAccount, startInterview } from "@/server/interviews/start-interview";
import { jobCoverage, startJobInterview } from "@/server/job-targets/start-job-interview";
import { AppError } from "@/server/errors";
import { languageWithPreference } from "@/server/questions/candidate-language";
import { lockSubmitTarget, submitAnswer, type TSubmitTarget } from "@/server/interviews/submit-answer";
import { protectedProcedure, router, type TContext } from "@/server/api/trpc";
import { noContentProcedure, ownDataQuery, ownRowAction } from "@/server/api/procedure-kinds";
import {
  ZIdempotencyHeadersSchema,
  ZInterviewIdInputSchema,
  ZInterviewListResponseSchema,
  ZInterviewResponseSchema,
  ZListInterviewsInputSchema,
  ZQuotaSchema,
  ZSaveDraftInputSchema,
  ZSaveDraftResponseSchema,
  ZSetScoreCountingInputSchema,
  ZSkipQuestionInputSchema,
  ZStartInterviewInputSchema,
  ZStartInterviewResponseSchema,
  ZSubmitAnswerInputSchema,
  ZSubmitAnswerResponseSchema,
} from "@/server/contracts/interviews";
import type { TInterview, TStartInterviewInput } from "@/server/contracts/interviews";
import type { TAnswerStatus } from "@/server/contracts/vocabulary/statuses";
import { getAnswerProcedure, onAnswerProcedure } from "./answer-procedures";

type TSubmitted = { id: string; status: TAnswerStatus };

/** Runs an action under the request's Idempotency-Key (if any) and marks replays in a response header. */
async function idempotent<T extends Record<string, unknown>>(
  ctx: TContext & { user: { id: string } },
  scope: string,
  request: unknown,
  status: number,
  run: Parameters<typeof withIdempotency<T>>[2],
  withClaim?: Parameters<typeof withIdempotency<T>>[1]["withClaim"],
  beforeClaim?: Parameters<typeof withIdempotency<T>>[1]["beforeClaim"],
): Promise<{ result: T; replayed: boolean }> {
  const key = idempotencyKeyFrom(ctx.headers);
  const outcome = await withIdempotency(ctx.db, { userId: ctx.user.id, key, scope, request, status, withClaim, beforeClaim }, run);
  if (outcome.replayed) ctx.res.headers["Idempotent-Replayed"] = "true";
  return outcome;
}

/**
 * POST /interviews with a jobTargetId: the job-target start (its plan, quota, idempotency; another
 * user's target is a 404), answered as POST /job-targets/{id}/interviews answers, coverage included.
 * The schema refused questionIds and focusTags; a track or level sent must agree with the job target's,
 * and a language sent is the interview's (else the saved one, the request's, English).
 */
async function startForJob(ctx: TContext & { user: { id: string } }, jobTargetId: string, input: TStartInterviewInput) {
  const { result, replayed } = await startJobInterview(
    ctx.db,
    ctx.user.id,
    { id: jobTargetId, questionCount: input.questionCount, language: input.language },
    { idempotencyKey: idempotencyKeyFrom(ctx.headers), agree: { track: input.track, level: input.level }, language: (saved) => languageWithPreference(ctx.headers, saved) },
  );
  if (replayed) ctx.res.headers["Idempotent-Replayed"] = "true";
  return { ...(await loadInterview(ctx.db, ctx.user.id, result.interviewId)), coverage: jobCoverage(result) };
}

export const interviewsRouter = router({
  create: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/interviews",
        tags: ["interviews"],
        summary: "Start an interview",
        requestHeaders: ZIdempotencyHeadersSchema,
        // 404: a jobTargetId that is not one of yours.
        errorResponses: [400, 401, 403, 404, 409, 429],
      },
      successStatus: 201,
    })
    .input(ZStartInterviewInputSchema)
    .output(ZStartInterviewResponseSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.jobTargetId) return { interview: await startForJob(ctx, input.jobTargetId, input) };
      const { track, level } = input;
      // The schema requires both without a jobTargetId; this tells TypeScript so.
      if (track === undefined || level === undefined) throw new AppError("VALIDATION_ERROR", "Invalid input — track and level are required.", { fields: { [track === undefined ? "track" : "level"]: "required" } });
      const fields = { ...input, track, level };
      let started: TInterview | undefined;
      let account: ReturnType<typeof readStartAccount> | undefined;
      const { result, replayed } = await idempotent<{ interviewId: string }>(ctx, "interviews.create", input, 201, async (tx, idempotency) => ({
        interviewId: await startInterview(tx, ctx.user.id, fields, {
          // Asked for in the key's claim round trip, when there is a key.
          account,
          // The saved preference comes from the start's own read of the account (one read fewer).
          language: (saved) => languageWithPreference(ctx.headers, saved),
          // The response is saved under the key in the insert's round trip.
          saveResponse: (interviewId) => idempotency.saveResponse({ interviewId }),
          // And the new interview read back in that round trip too (no read of its own after the commit).
          readBack: async (readTx, interviewId) => void (started = await loadInterview(readTx, ctx.user.id, interviewId)),
        }),
      }), (tx) => void (account = readStartAccount(tx, ctx.user.id)));
      // A replay shows the interview as it is now (answered, perhaps).
      return { interview: !replayed && started ? started : await loadInterview(ctx.db, ctx.user.id, result.interviewId) };
    }),

  list: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/interviews", tags: ["interviews"], summary: "Your interviews, newest first", errorResponses: [400, 401] } })
    .input(ZListInterviewsInputSchema)
    .output(ZInterviewListResponseSchema)
    .query(({ ctx, input }) => listInterviews(ctx.db, ctx.user.id, input)),

  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/interviews/{id}", tags: ["interviews"], summary: "An interview with its questions, answers and scores", errorResponses: [401, 404] } })
    .input(ZInterviewIdInputSchema)
    .output(ZInterviewResponseSchema)
    .query(async ({ ctx, input }) => ({ interview: await loadInterview(ctx.db, ctx.user.id, input.id) })),

  submitAnswer: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/interviews/{id}/answers",
        tags: ["interviews"],
        summary: "Answer a question (scored in the background)",
        description: "Send `expectedVersion` (the question's `versions.answer`, or `versions.followUp` for a follow-up) to be told with a 409 when another tab or device answered first.",
        requestHeaders: ZIdempotencyHeadersSchema,
        errorResponses: [400, 401, 404, 409],
      },
      successStatus: 202,
    })
    .input(ZSubmitAnswerInputSchema)
    .output(ZSubmitAnswerResponseSchema)
    .mutation(async ({ ctx, input }) => {
      let target: TSubmitTarget | undefined;
      const { result } = await idempotent<TSubmitted>(ctx, "interviews.submitAnswer", input, 202, async (tx, idempotency) => {
        // The response is saved under the key in the same round trip as the answer and its job.
        const submitted = await submitAnswer(tx, ctx.user.id, input, { saveResponse: idempotency.saveResponse, target });
        return { id: submitted.id, status: submitted.status };
      }, undefined, async (tx) => void (target = await lockSubmitTarget(tx, ctx.user.id, input)));
      return { answer: result };
    }),

  saveDraft: protectedProcedure
    .meta({ openapi: { method: "PUT", path: "/interviews/{id}/draft", tags: ["interviews"], summary: "Autosave the answer being written", errorResponses: [400, 401, 404, 409] } })
    .input(ZSaveDraftInputSchema)
    .output(ZSaveDraftResponseSchema)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user.id, input)),

  skip: noContentProcedure({ method: "POST", path: "/interviews/{id}/skip", tags: ["interviews"], summary: "Skip a question", errorResponses: [400, 401, 404, 409] })
    .input(ZSkipQuestionInputSchema)
    .mutation(async ({ ctx, input }) => {
      await skipQuestion(ctx.db, ctx.user.id, input);
    }),

  complete: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/interviews/{id}/complete", tags: ["interviews"], summary: "Complete an interview: overall score and pass/fail", errorResponses: [401, 404, 409] } })
    .input(ZInterviewIdInputSchema)
    .output(ZInterviewResponseSchema)
    .mutation(async ({ ctx, input }) => ({ interview: await completeInterview(ctx.db, ctx.user.id, input.id) })),

  setScoreCounting: protectedProcedure
    .meta({
      openapi: {
        method: "PUT",
        path: "/interviews/{id}/score-counting",
        tags: ["interviews"],
        summary: "Choose which attempt of each question counts: the best (default) or the latest",
        errorResponses: [400, 401, 404],
      },
    })
    .input(ZSetScoreCountingInputSchema)
    .output(ZInterviewResponseSchema)
    .mutation(async ({ ctx, input }) => ({ interview: await setScoreCounting(ctx.db, ctx.user.id, input) })),

  abandon: ownRowAction(ZInterviewIdInputSchema, abandonInterview, {
    method: "POST",
    path: "/interviews/{id}/abandon",
    tags: ["interviews"],
    summary: "Abandon an interview; one with no answer yet is refunded to the quota",
    errorResponses: [401, 404],
  }),

  delete: ownRowAction(ZInterviewIdInputSchema, deleteInterview, { method: "DELETE", path: "/interviews/{id}", tags: ["interviews"], summary: "Delete an interview and its answers", errorResponses: [401, 404] }),

  getAnswer: getAnswerProcedure,

  onAnswer: onAnswerProcedure,

  quota: ownDataQuery(ZQuotaSchema, quotaSummary),
});
