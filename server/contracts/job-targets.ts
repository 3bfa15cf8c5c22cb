/**
 * Job targets: the vocabulary and the procedure contracts of the jobTargets router (REST under
 * /api/v1/job-targets). Client-safe: zod and other contracts only.
 */
import { z } from "zod";
import { ZLanguageSchema } from "./vocabulary/languages";
import { ZInterviewSchema, ZJobCoverageItemsSchema } from "./interviews";
import { zSafeLine, zSafeText } from "./safe-string";
import { ZInterviewStatusSchema } from "./vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

export const REQUIREMENT_KINDS = ["skill", "responsibility", "seniority", "domain"] as const;
export const ZRequirementKindSchema = z.enum(REQUIREMENT_KINDS);
export type TRequirementKind = z.infer<typeof ZRequirementKindSchema>;

export const JOB_SOURCE_KINDS = ["pasted", "pdf", "docx"] as const;
export const ZJobSourceKindSchema = z.enum(JOB_SOURCE_KINDS);
export const ZJobSourceFileSchema = z.object({
  field: z.enum(["description", "cv"]),
  kind: ZJobSourceKindSchema,
  fileName: zSafeLine().max(200).nullable(),
});
export type TJobSourceFile = z.infer<typeof ZJobSourceFileSchema>;

export const MAX_DESCRIPTION_CHARS = 30_000;
export const MAX_CV_CHARS = 30_000;
export const MAX_REQUIREMENTS = 30;
/** Uploads: the byte cap is enforced while the body streams in, before any parser sees it. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_PAGES = 20;

const ZTitleSchema = zSafeLine().trim().min(1, { error: "Give the job a title." }).max(120, { error: "A title has at most 120 characters." });
const ZCompanySchema = zSafeLine().trim().max(120, { error: "A company name has at most 120 characters." });
const ZDescriptionSchema = zSafeText()
  .trim()
  .min(40, { error: "Paste the job description (at least 40 characters)." })
  .max(MAX_DESCRIPTION_CHARS, { error: `A job description has at most ${MAX_DESCRIPTION_CHARS.toLocaleString("en-US")} characters.` });
const ZCvSchema = zSafeText().trim().max(MAX_CV_CHARS, { error: `A CV has at most ${MAX_CV_CHARS.toLocaleString("en-US")} characters.` });

export const ZJobTargetFormSchema = z.object({
  title: ZTitleSchema,
  company: ZCompanySchema.optional(),
  level: ZLevelSchema,
  description: ZDescriptionSchema,
  cv: ZCvSchema.optional(),
  sources: z.array(ZJobSourceFileSchema).max(2).optional(),
});
export type TJobTargetForm = z.infer<typeof ZJobTargetFormSchema>;

export const ZJobTargetIdSchema = z.object({ id: z.uuid({ error: "The job target id must be a UUID." }) });

export const ZRequirementSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  kind: ZRequirementKindSchema,
  tracks: z.array(ZTrackSchema),
  dimensions: z.array(z.string()),
  tags: z.array(z.string()),
  weight: z.number(),
  position: z.number().int(),
  editedByUser: z.boolean(),
});
export type TRequirement = z.infer<typeof ZRequirementSchema>;

/** One requirement as the editor sends it: an existing id keeps its mapping unless the text changed. */
export const ZRequirementEditSchema = z.object({
  id: z.uuid().optional(),
  text: zSafeLine().trim().min(2, { error: "A requirement needs some text." }).max(200, { error: "A requirement has at most 200 characters." }),
  kind: ZRequirementKindSchema,
});
export const ZSetRequirementsSchema = z.object({
  id: z.uuid({ error: "The job target id must be a UUID." }),
  requirements: z
    .array(ZRequirementEditSchema)
    .max(MAX_REQUIREMENTS, { error: `At most ${MAX_REQUIREMENTS} requirements.` })
    // One row per id: a second item with the same id would silently replace the first.
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (item.id === undefined) return;
        if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "This requirement id is given more than once." });
        seen.add(item.id);
      });
    }),
});
export type TSetRequirements = z.infer<typeof ZSetRequirementsSchema>;

/** PATCH: any of the form's fields, and the whole requirement list (as PUT …/requirements takes it). */
export const ZUpdateJobTargetSchema = ZJobTargetFormSchema.partial().extend({
  id: z.uuid({ error: "The job target id must be a UUID." }),
  requirements: ZSetRequirementsSchema.shape.requirements
    .describe("The whole requirement list in rank order, as PUT /job-targets/{id}/requirements takes it: an existing id keeps its mapping unless its text changed; requirements left out are removed")
    .optional(),
});
export type TUpdateJobTarget = z.infer<typeof ZUpdateJobTargetSchema>;

export const ZJobTargetSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  company: z.string().nullable(),
  level: ZLevelSchema,
  requirementCount: z.number().int(),
  interviewCount: z.number().int(),
  updatedAt: z.string(),
});

export const ZJobTargetSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  company: z.string().nullable(),
  level: ZLevelSchema,
  description: z.string(),
  cv: z.string().nullable(),
  sources: z.array(ZJobSourceFileSchema),
  extractedBy: z.enum(["rules", "ai"]),
  requirements: z.array(ZRequirementSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TJobTarget = z.infer<typeof ZJobTargetSchema>;

export const ZJobTargetResponseSchema = z.object({ jobTarget: ZJobTargetSchema });
export const ZJobTargetListSchema = z.object({ jobTargets: z.array(ZJobTargetSummarySchema) });
export const ZRequirementsResponseSchema = z.object({ requirements: z.array(ZRequirementSchema) });

export const ZStartJobInterviewSchema = z.object({
  id: z.uuid({ error: "The job target id must be a UUID." }),
  questionCount: z.number().min(1, { error: "Ask for at least 1 question." }).max(10, { error: "At most 10 questions per interview." }).int().default(5),
  language: ZLanguageSchema.describe(
    "The language of the questions for the whole interview (en, ru, ko); default: the user's saved language, else Accept-Language, else en",
  ).optional(),
});
export type TStartJobInterview = z.infer<typeof ZStartJobInterviewSchema>;

export const ZCoveredItemSchema = z.object({ questionId: z.uuid(), questionText: z.string(), track: ZTrackSchema, requirementId: z.uuid().nullable(), requirementText: z.string() });
/**
 * api-v1.md's answer: the new interview, as POST /interviews gives it, with which requirement each
 * question was picked for; `interviewId` and `items` (the question and requirement texts) beside it.
 */
export const ZStartJobInterviewResponseSchema = z.object({
  interview: ZInterviewSchema.extend({ coverage: ZJobCoverageItemsSchema }),
  interviewId: z.uuid(),
  items: z.array(ZCoveredItemSchema),
});

export const ZCoverageEvidenceSchema = z.object({ questionId: z.uuid(), quote: z.string(), score: z.number().int() });
export const ZRequirementCoverageSchema = z.object({
  requirementId: z.uuid().nullable(),
  text: z.string(),
  kind: ZRequirementKindSchema,
  status: z.enum(["shown", "weak", "not_yet_shown"]),
  evidence: z.array(ZCoverageEvidenceSchema),
  suggestedQuestions: z.array(z.object({ id: z.uuid(), text: z.string(), track: ZTrackSchema })),
});
export const ZCoverageSchema = z.object({
  jobTarget: z.object({ id: z.uuid(), title: z.string(), company: z.string().nullable() }),
  requirements: z.array(ZRequirementCoverageSchema),
  /** Which requirement each question of the interview was picked for, in question order. */
  items: z.array(z.object({ questionId: z.uuid(), requirementText: z.string().nullable() })),
});
export type TCoverage = z.infer<typeof ZCoverageSchema>;
export const ZCoverageInputSchema = z.object({ interviewId: z.uuid({ error: "The interview id must be a UUID." }) });
export const ZCoverageResponseSchema = z.object({ coverage: ZCoverageSchema.nullable() });

export const ZJobInterviewsSchema = z.object({
  interviews: z.array(
    z.object({
      id: z.uuid(),
      status: ZInterviewStatusSchema,
      startedAt: z.string(),
      overallScore: z.number().int().nullable(),
      requirementsCovered: z.number().int(),
    }),
  ),
  /** How many of the newest completed interviews the requirement counts below were read from (at most 10). */
  completedCounted: z.number().int(),
  requirements: z.array(z.object({ requirementId: z.uuid(), shownIn: z.number().int(), answeredIn: z.number().int() })),
});

export const ZExtractedTextSchema = z.object({
  text: z.string(),
  kind: z.enum(["pdf", "docx", "text"]),
  fileName: z.string().nullable(),
  pages: z.number().int().nullable(),
  chars: z.number().int(),
});
export type TExtractedText = z.infer<typeof ZExtractedTextSchema>;
