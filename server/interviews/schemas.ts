import { z } from "zod";
import { zSafeLine, zSafeText } from "@/server/contracts/safe-string";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { ZAnswerKindSchema, ZInterviewStatusSchema } from "@/server/contracts/vocabulary/statuses";
import { ZCodeLanguageSchema, ZCodeSourceSchema, ZDraftCodeSchema } from "@/server/contracts/code";
import { decodeInterviewCursor } from "./interview-cursor";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";

export const ZStartInterviewInputSchema = z.object({
  track: ZTrackSchema,
  level: ZLevelSchema,
  questionCount: z.number().int().min(1, { error: "Ask for at least 1 question." }).max(10, { error: "At most 10 questions per interview." }),
  focusTags: z.array(zSafeLine().trim().min(1).max(40)).max(10).optional(),
  /** Questions to ask first (a review item brought back for another try); others of the track and level fill up. */
  questionIds: z.array(z.uuid()).max(10).optional(),
});
export type TStartInterviewInput = z.infer<typeof ZStartInterviewInputSchema>;

export const ZAnswerTextSchema = zSafeText()
  .refine((text) => text.trim().length > 0, { error: "Write an answer before submitting." })
  .pipe(z.string().max(MAX_ANSWER_CHARS, { error: `An answer has at most ${MAX_ANSWER_CHARS} characters.` }));

export const ZSubmitAnswerInputSchema = z
  .object({
    id: z.uuid(),
    questionId: z.uuid(),
    /** The answer; for a coding question sent with `code`, its prose explanation (which may then be empty). */
    answer: zSafeText().max(MAX_ANSWER_CHARS, { error: `An answer has at most ${MAX_ANSWER_CHARS} characters.` }),
    /** A coding question's solution, run against every test (visible and hidden) when the answer is scored. */
    code: ZCodeSourceSchema.optional(),
    /** The language of `code`: one of the question's languages. Required with `code`. */
    language: ZCodeLanguageSchema.optional(),
    timeSpentSeconds: z.number().int().min(0).max(24 * 3600).optional(),
    /** "follow_up" answers the interviewer's follow-up to this question's latest scored answer. */
    kind: ZAnswerKindSchema.default("answer"),
    /**
     * The answer version the client saw for this question and kind: its number of attempts (0 when
     * unanswered), as `questions[].versions` of the interview gives it. A stale one is refused with a
     * 409 so a second tab cannot silently add an attempt; leave it out to skip the check.
     */
    expectedVersion: z.number().int().min(0).max(10_000).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.code === undefined && input.answer.trim().length === 0) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: "Write an answer before submitting." });
    }
    if (input.code !== undefined && input.language === undefined) {
      ctx.addIssue({ code: "custom", path: ["language"], message: "Say which language the code is in (python or javascript)." });
    }
    if (input.code === undefined && input.language !== undefined) {
      ctx.addIssue({ code: "custom", path: ["code"], message: "A language was given without code." });
    }
  });
export type TSubmitAnswerInput = z.infer<typeof ZSubmitAnswerInputSchema>;

export const ZSaveDraftInputSchema = z.object({
  id: z.uuid(),
  questionId: z.uuid(),
  draft: zSafeText().max(MAX_ANSWER_CHARS, { error: `A draft has at most ${MAX_ANSWER_CHARS} characters.` }),
  /** A coding question's editor: the language shown and the code written in each language so far. */
  code: ZDraftCodeSchema.optional(),
});

export const ZListInterviewsInputSchema = z.object({
  status: ZInterviewStatusSchema.optional(),
  track: ZTrackSchema.optional(),
  level: ZLevelSchema.optional(),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: zSafeLine()
    .max(200)
    .refine((cursor) => decodeInterviewCursor(cursor) !== null, { error: "The cursor is not valid; use nextCursor from the previous page." })
    .optional(),
});
export type TListInterviewsInput = z.infer<typeof ZListInterviewsInputSchema>;
