import { tracked } from "@trpc/server";
import { protectedProcedure, router } from "@/server/api/trpc";
import { noContentProcedure } from "@/server/api/procedure-kinds";
import {
  MAX_RECORDING_WAIT_SECONDS,
  ZCorrectRecordingInputSchema,
  ZGetRecordingInputSchema,
  ZRecordingIdInputSchema,
  ZRecordingResponseSchema,
  ZRecordingUpdatesInputSchema,
  ZSaveBrowserTranscriptInputSchema,
} from "@/server/contracts/voice";
import { correctRecording, deleteRecording, saveBrowserTranscript } from "@/server/voice/recordings/edit-recording";
import { getRecording } from "@/server/voice/recordings/recording-dto";
import { recordingStatusUpdates, waitForRecording } from "@/server/voice/recordings/recording-updates";
import { recordingStorage } from "@/server/voice/storage";

const TAGS = ["voice"];

export const voiceRouter = router({
  get: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/recordings/{id}",
        tags: TAGS,
        summary: "A recording: its status, transcripts and delivery feedback",
        description: `Upload with \`POST /interviews/{id}/questions/{questionId}/recordings\`. Add \`?wait=${MAX_RECORDING_WAIT_SECONDS}\` to long-poll while it is transcribing: the response comes as soon as the status changes, or when the wait ends.`,
        errorResponses: [400, 401, 404],
      },
    })
    .input(ZGetRecordingInputSchema)
    .output(ZRecordingResponseSchema)
    .query(async ({ ctx, input, signal }) => ({ recording: await waitForRecording(ctx.db, ctx.user.id, input.id, input.wait ?? 0, signal) })),

  /** The recording now and on every change (server-sent events); event ids are its version. */
  onRecording: protectedProcedure.input(ZRecordingUpdatesInputSchema).subscription(async ({ ctx, input, signal }) => {
    // Someone else's recording is a plain NOT_FOUND, not an empty stream.
    await getRecording(ctx.db, ctx.user.id, input.id);
    const updates = recordingStatusUpdates(ctx.db, ctx.user.id, input.id, { signal, lastVersion: input.lastEventId });
    return (async function* () {
      for await (const { version, recording } of updates) yield tracked(version, { recording });
    })();
  }),

  correct: protectedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/recordings/{id}",
        tags: TAGS,
        summary: "Correct a recording's transcript before submitting it",
        description: "The correction is kept beside the engine's transcript (which never changes) and is what you submit as the answer; delivery feedback is recomputed on the corrected words. 409 once submitted or while still transcribing.",
        errorResponses: [400, 401, 404, 409],
      },
    })
    .input(ZCorrectRecordingInputSchema)
    .output(ZRecordingResponseSchema)
    .mutation(async ({ ctx, input }) => ({ recording: await correctRecording(ctx.db, ctx.user.id, input.id, input.transcript) })),

  saveBrowserTranscript: protectedProcedure
    .meta({
      openapi: {
        method: "PUT",
        path: "/recordings/{id}/browser-transcript",
        tags: TAGS,
        summary: "Save the browser's live captions as a draft transcript",
        errorResponses: [400, 401, 404, 409],
      },
    })
    .input(ZSaveBrowserTranscriptInputSchema)
    .output(ZRecordingResponseSchema)
    .mutation(async ({ ctx, input }) => ({ recording: await saveBrowserTranscript(ctx.db, ctx.user.id, input.id, input.text) })),

  delete: noContentProcedure({
    method: "DELETE",
    path: "/recordings/{id}",
    tags: TAGS,
    summary: "Delete a recording (and its audio) that was not submitted",
    errorResponses: [400, 401, 404, 409],
  })
    .input(ZRecordingIdInputSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteRecording(ctx.db, recordingStorage(), ctx.user.id, input.id);
    }),
});

