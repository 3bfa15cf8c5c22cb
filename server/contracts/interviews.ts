/**
 * The interviews router's procedures (interviews.*, REST /interviews, /answers): the public shapes of
 * interviews, answers and scores, and every input. The REST contract and the web app share them. Client-safe.
 */
import { z } from "zod";
import { ZCodeLanguageSchema, ZCodeSourceSchema, ZDraftCodeSchema, ZPublicCodingSpecSchema } from "./code";
import { decodeInterviewCursor } from "./interview-cursor";
import { ZTranslatableFieldSchema } from "./question-translations";
import { zSafeLine, zSafeText } from "./safe-string";
import { ZAnswerVoiceSchema } from "./voice";
import { ZAnswerVoiceFieldsSchema } from "./voice-answer";
import { ZLanguageSchema } from "./vocabulary/languages";
import { MAX_ANSWER_CHARS, ZScoreSchema } from "./vocabulary/score";
import { ZAnswerKindSchema, ZAnswerStatusSchema, ZInterviewQuestionStatusSchema, ZInterviewStatusSchema, ZScoreCountingSchema } from "./vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

export const ZAnswerSchema = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  questionId: z.uuid(),
  kind: ZAnswerKindSchema,
  prompt: z.string().describe("What was asked: the question, or the interviewer's follow-up"),
  attempt: z.number().int(),
  text: z.string(),
  /** A coding answer's code and its language (null for a prose-only answer). */
  code: z.string().nullable(),
  language: ZCodeLanguageSchema.nullable(),
  status: ZAnswerStatusSchema,
  flagReasons: z.array(z.string()),
  timeSpentSeconds: z.number().int().nullable(),
  createdAt: z.string(),
  score: ZScoreSchema.nullable(),
  /**
   * Set when a person on the Rehearse team reviewed the score by hand: the score's numbers are
   * theirs, `note` is what they told the candidate, and the score's feedback and dimension comments
   * are the original automatic ones. Who reviewed is never shown.
   */
  review: z.object({ reviewedBy: z.literal("Rehearse team"), note: z.string() }).nullable(),
  /** A spoken answer's recording: the transcripts, delivery feedback and playback address (null or absent for a typed answer). */
  voice: ZAnswerVoiceSchema.nullable().optional(),
  /** The REST contract's spoken-answer fields (transcript, transcriptSource, delivery, audioUrl). */
  ...ZAnswerVoiceFieldsSchema.shape,
});
export type TAnswer = z.infer<typeof ZAnswerSchema>;

export const ZInterviewQuestionSchema = z.object({
  questionId: z.uuid(),
  order: z.number().int(),
  text: z.string().describe("The question in the interview's language (English where not translated yet, see `fallback`)"),
  /** Which of the question's texts (text, keyPoints, followUps, sampleAnswer) have no translation in the interview's language and are English. */
  fallback: z.array(ZTranslatableFieldSchema),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
  status: ZInterviewQuestionStatusSchema,
  draft: z.string(),
  /** When the server last saved the draft (null when never), so a client can tell which copy is newer. */
  draftSavedAt: z.string().nullable(),
  /** A coding question's autosaved editor (language and code per language); null when none was saved. */
  draftCode: ZDraftCodeSchema.nullable(),
  /** A coding question's starting code per language and its visible tests (hidden tests never leave the server); null for other questions. */
  coding: ZPublicCodingSpecSchema.nullable(),
  /** The latest main answer (what the contract calls `answer`). */
  answer: ZAnswerSchema.nullable(),
  /** Every attempt, oldest first, follow-up answers included. */
  attempts: z.array(ZAnswerSchema),
  /**
   * The answer versions this view shows, per kind: the number of attempts submitted so far (0 when
   * unanswered). Send it back as `expectedVersion` with a submit; a stale one is a 409.
   */
  versions: z.object({ answer: z.number().int(), followUp: z.number().int() }),
  /** The main attempt that counts toward the overall score under `scoreCounting` (null when none is scored). */
  countedAnswerId: z.uuid().nullable(),
});

export const ZInterviewSchema = z.object({
  id: z.uuid(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  status: ZInterviewStatusSchema,
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  questionCount: z.number().int(),
  focusTags: z.array(z.string()),
  language: ZLanguageSchema.describe("The language questions, sample answers and follow-ups are given and scored in; fixed when the interview starts"),
  overallScore: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  passThreshold: z.number().int(),
  /** Which scored attempt of each question counts: the best (default) or the latest. */
  scoreCounting: ZScoreCountingSchema,
  /** The interview was abandoned before any answer and does not count toward the plan's quota. */
  quotaRefunded: z.boolean(),
  timeSpentSeconds: z.number().int(),
  questions: z.array(ZInterviewQuestionSchema),
});
export type TInterview = z.infer<typeof ZInterviewSchema>;

export const ZInterviewSummarySchema = ZInterviewSchema.omit({ questions: true }).extend({ answeredCount: z.number().int() });
export type TInterviewSummary = z.infer<typeof ZInterviewSummarySchema>;

/** Questions per interview, and focus tags per start: the form shows these limits, the schema enforces them. */
export const MAX_QUESTIONS = 10;
export const MAX_FOCUS_TAGS = 10;

/** An ordinary start's fields (the web form's schema extends it): a track and a level choose the questions. */
export const ZStartInterviewFieldsSchema = z.object({
  track: ZTrackSchema,
  level: ZLevelSchema,
  // Range before int, here and in every input schema: past 2^53 the field's own limit is then the first error, not the safe-integer one.
  questionCount: z.number().min(1, { error: "Ask for at least 1 question." }).max(MAX_QUESTIONS, { error: `At most ${MAX_QUESTIONS} questions per interview.` }).int(),
  focusTags: z.array(zSafeLine().trim().min(1).max(40)).max(MAX_FOCUS_TAGS, { error: `Choose at most ${MAX_FOCUS_TAGS} focus tags.` }).optional(),
  /** Questions to ask first (a review item brought back for another try); others of the track and level fill up. */
  questionIds: z
    .array(z.uuid())
    .max(10)
    .describe("Questions to ask first, in this order; each must be an active question of this track and level (else 400 naming it). Others fill up to questionCount. Not with jobTargetId (400)")
    .optional(),
  language: ZLanguageSchema.describe(
    "The language of the questions for the whole interview (en, ru, ko); default: the user's saved language, else Accept-Language, else en",
  ).optional(),
});
export type TStartInterviewFields = z.infer<typeof ZStartInterviewFieldsSchema>;

export const JOB_TARGET_QUESTION_IDS_REFUSED = "questionIds cannot be combined with jobTargetId: a job target chooses its questions";
export const JOB_TARGET_FOCUS_TAGS_REFUSED = "focusTags cannot be combined with jobTargetId: the job target's requirements are its focus";

/**
 * POST /interviews. With `jobTargetId` the job target decides what an ordinary start's fields decide:
 * its requirements pick the questions (so `questionIds` is refused, not dropped), its level is the
 * level and the track most of the picked questions come from is the track. `track` and `level` may
 * then be left out; a client that sends them (as before jobTargetId existed) is held to them: one
 * that disagrees with the job target is a 400 naming the field (server/job-targets/start-job-interview.ts),
 * never an interview quietly different from what was asked.
 */
export const ZStartInterviewInputSchema = ZStartInterviewFieldsSchema.extend({
  track: ZTrackSchema.optional().describe(
    "Required, unless jobTargetId is given: then the track most of the job target's questions come from; if sent, it must be that track (else 400 naming it)",
  ),
  level: ZLevelSchema.optional().describe("Required, unless jobTargetId is given: then the job target's level; if sent, it must be that level (else 400 naming it)"),
  /** api-v1.md's way to practise for a job; without it here the field was dropped and an untailored interview used the quota. */
  jobTargetId: z
    .uuid({ error: "The job target id must be a UUID." })
    .describe(
      "Practise for one of your job targets, as POST /job-targets/{id}/interviews does: its top requirements choose the questions (and so the track and level: leave them out, or send the job target's). Not with questionIds or focusTags (400); `language` applies. The response adds `coverage`",
    )
    .optional(),
}).superRefine((input, ctx) => {
  if (input.jobTargetId !== undefined) {
    if (input.questionIds !== undefined) ctx.addIssue({ code: "custom", path: ["questionIds"], message: JOB_TARGET_QUESTION_IDS_REFUSED });
    if (input.focusTags !== undefined) ctx.addIssue({ code: "custom", path: ["focusTags"], message: JOB_TARGET_FOCUS_TAGS_REFUSED });
    return;
  }
  // Without a job target they are required, with the messages the required fields always gave.
  for (const [key, schema] of [["track", ZTrackSchema], ["level", ZLevelSchema]] as const) {
    if (input[key] !== undefined) continue;
    for (const issue of schema.safeParse(undefined).error?.issues ?? []) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
  }
});
export type TStartInterviewInput = z.infer<typeof ZStartInterviewInputSchema>;

export const ZAnswerTextSchema = zSafeText()
  .refine((text) => text.trim().length > 0, { error: "Write an answer before submitting." })
  .pipe(z.string().max(MAX_ANSWER_CHARS, { error: `An answer has at most ${MAX_ANSWER_CHARS} characters.` }));

export const ZSubmitAnswerInputSchema = z
  .object({
    id: z.uuid(),
    questionId: z.uuid(),
    /** The answer; for a coding question sent with `code`, its prose explanation (which may then be empty or left out). */
    answer: zSafeText()
      .max(MAX_ANSWER_CHARS, { error: `An answer has at most ${MAX_ANSWER_CHARS} characters.` })
      .default("")
      .describe("The written answer; with `code` (a coding question), its explanation, which may be left out"),
    /** A coding question's solution, run against every test (visible and hidden) when the answer is scored. */
    code: ZCodeSourceSchema.optional(),
    /** The language of `code`: one of the question's languages. Required with `code`. */
    language: ZCodeLanguageSchema.optional(),
    timeSpentSeconds: z.number().min(0).max(24 * 3600).int().optional(),
    /** "follow_up" answers the interviewer's follow-up to this question's latest scored answer. */
    kind: ZAnswerKindSchema.default("answer"),
    /**
     * The answer version the client saw for this question and kind: its number of attempts (0 when
     * unanswered), as `questions[].versions` of the interview gives it. A stale one is refused with a
     * 409 so a second tab cannot silently add an attempt; leave it out to skip the check.
     */
    expectedVersion: z.number().min(0).max(10_000).int().optional(),
    /** A spoken answer: the recording (POST …/recordings) this answer's text was transcribed from; linked to the answer. */
    recordingId: z.uuid().optional(),
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
  limit: z.number().min(1).max(100).int().default(20),
  cursor: zSafeLine()
    .max(200)
    .refine((cursor) => decodeInterviewCursor(cursor) !== null, { error: "The cursor is not valid; use nextCursor from the previous page." })
    .optional(),
});
export type TListInterviewsInput = z.infer<typeof ZListInterviewsInputSchema>;

// ── router-level shapes ─────────────────────────────────────────────────────

export const ZInterviewIdInputSchema = z.object({ id: z.uuid() });
export const ZInterviewResponseSchema = z.object({ interview: ZInterviewSchema });
/** Which requirement each question of a job target's interview was picked for (null: written for a gap). */
export const ZJobCoverageItemsSchema = z.array(z.object({ requirementId: z.uuid().nullable(), questionId: z.uuid() }));
/** POST /interviews: with jobTargetId, `coverage` as POST /job-targets/{id}/interviews gives it. */
export const ZStartInterviewResponseSchema = z.object({
  interview: ZInterviewSchema.extend({
    coverage: ZJobCoverageItemsSchema.optional().describe("With jobTargetId: which requirement each question was picked for, as POST /job-targets/{id}/interviews gives it; absent otherwise"),
  }),
});
export const ZInterviewListResponseSchema = z.object({ interviews: z.array(ZInterviewSummarySchema), nextCursor: z.string().nullable() });
export const ZIdempotencyHeadersSchema = z.object({
  "Idempotency-Key": zSafeLine().max(255).optional().describe("One key per user action (a UUID), reused on retries: a replay returns the first result."),
});
export const ZSubmitAnswerResponseSchema = z.object({ answer: z.object({ id: z.uuid(), status: ZAnswerStatusSchema }) });
export const ZSaveDraftResponseSchema = z.object({ savedAt: z.string() });
export const ZSkipQuestionInputSchema = z.object({ id: z.uuid(), questionId: z.uuid() });
export const ZSetScoreCountingInputSchema = z.object({ id: z.uuid(), counting: ZScoreCountingSchema });
export const ZQuotaSchema = z.object({ plan: z.string(), limit: z.number().int().nullable(), used: z.number().int(), resetsAt: z.string().nullable() });
export const ZAnswerResponseSchema = z.object({ answer: ZAnswerSchema });
