import { z } from "zod";
import { languageWithPreference } from "@/server/questions/candidate-language";
import { noContentProcedure } from "@/server/api/procedure-kinds";
import { protectedProcedure, router } from "@/server/api/trpc";
import {
  ZCoverageInputSchema,
  ZCoverageResponseSchema,
  ZJobInterviewsSchema,
  ZJobTargetFormSchema,
  ZJobTargetIdSchema,
  ZJobTargetListSchema,
  ZJobTargetResponseSchema,
  ZRequirementsResponseSchema,
  ZSetRequirementsSchema,
  ZStartJobInterviewResponseSchema,
  ZStartJobInterviewSchema,
  ZUpdateJobTargetSchema,
} from "@/server/contracts/job-targets";
import { zSafeLine } from "@/server/contracts/safe-string";
import { idempotencyKeyFrom } from "@/server/interviews/idempotency";
import { loadInterview } from "@/server/interviews/load-interview";
import { interviewCoverage } from "@/server/job-targets/coverage";
import { jobProgress } from "@/server/job-targets/job-progress";
import { setRequirements } from "@/server/job-targets/edit-requirements";
import { jobCoverage, startJobInterview } from "@/server/job-targets/start-job-interview";
import { patchJobTarget } from "@/server/job-targets/patch-job-target";
import { createJobTarget, deleteJobTarget, getJobTarget, listJobTargets, listRequirements, ownJobTarget, requirementDto } from "@/server/job-targets/store";

const TAGS = ["job-targets"];

export const jobTargetsRouter = router({
  list: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/job-targets", tags: TAGS, summary: "Your job targets, most recently changed first", errorResponses: [401] } })
    .input(z.void())
    .output(ZJobTargetListSchema)
    .query(async ({ ctx }) => ({ jobTargets: await listJobTargets(ctx.db, ctx.user.id) })),

  create: protectedProcedure
    .meta({
      openapi: { method: "POST", path: "/job-targets", tags: TAGS, summary: "Save a job target; its requirements are extracted from the description", errorResponses: [400, 401] },
      successStatus: 201,
    })
    .input(ZJobTargetFormSchema)
    .output(ZJobTargetResponseSchema)
    .mutation(async ({ ctx, input }) => ({ jobTarget: await createJobTarget(ctx.db, ctx.user.id, input) })),

  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/job-targets/{id}", tags: TAGS, summary: "A job target with its requirements", errorResponses: [400, 401, 404] } })
    .input(ZJobTargetIdSchema)
    .output(ZJobTargetResponseSchema)
    .query(async ({ ctx, input }) => ({ jobTarget: await getJobTarget(ctx.db, ctx.user.id, input.id) })),

  update: protectedProcedure
    .meta({
      openapi: { method: "PATCH", path: "/job-targets/{id}", tags: TAGS, summary: "Change a job target; a changed description re-extracts the requirements you did not edit, and a requirements list replaces them", errorResponses: [400, 401, 404] },
    })
    .input(ZUpdateJobTargetSchema)
    .output(ZJobTargetResponseSchema)
    .mutation(async ({ ctx, input }) => ({ jobTarget: await patchJobTarget(ctx.db, ctx.user.id, input) })),

  delete: noContentProcedure({ method: "DELETE", path: "/job-targets/{id}", tags: TAGS, summary: "Delete a job target (its interviews stay, unlinked)", errorResponses: [400, 401, 404] })
    .input(ZJobTargetIdSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteJobTarget(ctx.db, ctx.user.id, input.id);
    }),

  requirements: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/job-targets/{id}/requirements", tags: TAGS, summary: "The job's requirements in rank order", errorResponses: [400, 401, 404] } })
    .input(ZJobTargetIdSchema)
    .output(ZRequirementsResponseSchema)
    .query(async ({ ctx, input }) => {
      const target = await ownJobTarget(ctx.db, ctx.user.id, input.id);
      return { requirements: (await listRequirements(ctx.db, target.id)).map(requirementDto) };
    }),

  setRequirements: protectedProcedure
    .meta({
      openapi: { method: "PUT", path: "/job-targets/{id}/requirements", tags: TAGS, summary: "Replace the requirement list (order = rank); new or reworded ones are mapped again", errorResponses: [400, 401, 404] },
    })
    .input(ZSetRequirementsSchema)
    .output(ZRequirementsResponseSchema)
    .mutation(async ({ ctx, input }) => ({ requirements: await setRequirements(ctx.db, ctx.user.id, input) })),

  startInterview: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/job-targets/{id}/interviews",
        tags: TAGS,
        summary: "Practise for this job: start an interview whose questions cover the top requirements (the plan's quota applies)",
        requestHeaders: z.object({
          "Idempotency-Key": zSafeLine().max(255).optional().describe("One key per user action (a UUID), reused on retries: a replay returns the first result."),
        }),
        errorResponses: [400, 401, 403, 404, 429],
      },
      successStatus: 201,
    })
    .input(ZStartJobInterviewSchema)
    .output(ZStartJobInterviewResponseSchema)
    .mutation(async ({ ctx, input }) => {
      // A retried "Practise" (same Idempotency-Key) replays the first interview instead of using the quota twice.
      const { result, replayed } = await startJobInterview(ctx.db, ctx.user.id, input, {
        idempotencyKey: idempotencyKeyFrom(ctx.headers),
        language: (saved) => languageWithPreference(ctx.headers, saved),
      });
      if (replayed) ctx.res.headers["Idempotent-Replayed"] = "true";
      const interview = await loadInterview(ctx.db, ctx.user.id, result.interviewId);
      return { ...result, interview: { ...interview, coverage: jobCoverage(result) } };
    }),

  interviews: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/job-targets/{id}/interviews", tags: TAGS, summary: "Progress for this job: its interviews, newest first, and per requirement how often answers showed it", errorResponses: [400, 401, 404] } })
    .input(ZJobTargetIdSchema)
    .output(ZJobInterviewsSchema)
    .query(async ({ ctx, input }) => {
      const target = await ownJobTarget(ctx.db, ctx.user.id, input.id);
      return jobProgress(ctx.db, ctx.user.id, target.id);
    }),

  coverage: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/interviews/{interviewId}/job-coverage",
        tags: TAGS,
        summary: "Which of the job's requirements an interview's answers showed, with quotes, and what to practise next (null for an ordinary interview)",
        errorResponses: [400, 401, 404],
      },
    })
    .input(ZCoverageInputSchema)
    .output(ZCoverageResponseSchema)
    .query(async ({ ctx, input }) => ({ coverage: await interviewCoverage(ctx.db, ctx.user.id, input.interviewId) })),
});
