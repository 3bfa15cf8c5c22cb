/**
 * The coding part of a question as clients see it, and a sandbox run's result: the vocabulary of
 * server/code-runner, the answer-submit extension and the code.run procedure (REST POST /api/v1/code/run).
 * Client-safe: zod only.
 */
import { z } from "zod";
import { RUN_ERROR_CODES } from "./run-errors";
import { zSafeText } from "./safe-string";

export const CODE_LANGUAGES = ["python", "javascript"] as const;
export const ZCodeLanguageSchema = z.enum(CODE_LANGUAGES);
export type TCodeLanguage = z.infer<typeof ZCodeLanguageSchema>;
export const CODE_LANGUAGE_LABELS: Record<TCodeLanguage, string> = { python: "Python", javascript: "JavaScript" };

/** How a test's value is compared, how arguments are built, how the function is called (TCompare, TParamKind, TCallStyle). */
export const CODE_COMPARES = ["exact", "unordered"] as const;
export const ZCodeCompareSchema = z.enum(CODE_COMPARES);
export const PARAM_KINDS = ["json", "list", "tree", "cycle_list"] as const;
export const ZParamKindSchema = z.enum(PARAM_KINDS);
export const CALL_STYLES = ["function", "class"] as const;
export const ZCallStyleSchema = z.enum(CALL_STYLES);

export const RUN_STATUSES = ["passed", "failed", "time_limit", "memory_limit", "not_allowed", "error"] as const;
export const ZRunStatusSchema = z.enum(RUN_STATUSES);

/** The most code one answer or run may carry (the sandbox refuses longer code as well). */
export const MAX_CODE_CHARS = 100_000;

/** Code may hold tabs and newlines, never other control characters (NUL included): the shared multi-line rule. */
const ZDraftSourceSchema = zSafeText().max(MAX_CODE_CHARS, { error: `Code has at most ${MAX_CODE_CHARS.toLocaleString("en-US")} characters.` });

export const ZCodeSourceSchema = ZDraftSourceSchema.refine((code) => code.trim().length > 0, { error: "Write some code before running or submitting it." });

const ZJsonSchema: z.ZodType<unknown> = z.unknown();

export const ZCodeTestSchema = z.object({
  name: z.string(),
  args: z.array(ZJsonSchema),
  expected: ZJsonSchema,
  compare: ZCodeCompareSchema.optional(),
});

/** What a candidate sees of a coding question: starting code and the visible examples; never hidden tests. */
export const ZPublicCodingSpecSchema = z.object({
  functionName: z.string(),
  style: ZCallStyleSchema.optional(),
  params: z.array(ZParamKindSchema).optional(),
  returns: ZParamKindSchema.optional(),
  signatures: z.object({ python: z.string(), javascript: z.string() }),
  examples: z.array(ZCodeTestSchema),
  timeLimitMs: z.number().int(),
});
export type TPublicCodingSpec = z.infer<typeof ZPublicCodingSpecSchema>;

export const ZTestResultSchema = z.object({
  name: z.string(),
  passed: z.boolean(),
  input: z.array(ZJsonSchema),
  expected: ZJsonSchema,
  actual: ZJsonSchema,
  error: z.string().optional(),
  /** `error` as a stable code (server/contracts/run-errors.ts): what clients translate; `error` stays English. */
  errorCode: z.enum(RUN_ERROR_CODES).optional(),
  /** A hidden test (only in a submitted answer's score, where the candidate sees its name and verdict, never its values). */
  hidden: z.boolean().optional(),
  /** How long the test took, in ms (the browser sandbox measures it per test). */
  ms: z.number().optional(),
});
export type TTestResultView = z.infer<typeof ZTestResultSchema>;

export const ZRunResultSchema = z.object({
  status: ZRunStatusSchema,
  tests: z.array(ZTestResultSchema),
  ms: z.number(),
  stdout: z.string(),
});
export type TRunResultView = z.infer<typeof ZRunResultSchema>;

/** A coding question's autosaved editor: the language shown and what was written in each language. */
export const ZDraftCodeSchema = z.object({
  language: ZCodeLanguageSchema,
  sources: z.object({ python: ZDraftSourceSchema.optional(), javascript: ZDraftSourceSchema.optional() }),
});
export type TDraftCodeView = z.infer<typeof ZDraftCodeSchema>;

/** The code part of a submitted answer (beside its prose explanation). */
export const ZAnswerCodeSchema = z.object({ code: ZCodeSourceSchema, language: ZCodeLanguageSchema });

export const ZRunCodeInputSchema = z.object({
  questionId: z.uuid(),
  language: ZCodeLanguageSchema,
  code: ZCodeSourceSchema,
});
export type TRunCodeInput = z.infer<typeof ZRunCodeInputSchema>;
export const ZRunCodeOutputSchema = ZRunResultSchema;

/**
 * One row of a score's test table. The server stores every field of every test; what a candidate reads
 * of a hidden test is its name, `passed`, `errorCode` and `ms`: never its input, expected value, what
 * the code returned or the error's text (server/interviews/candidate-score.ts).
 */
export const ZScoreTestResultSchema = ZTestResultSchema.extend({
  input: z.array(ZJsonSchema).optional().describe("The test's arguments (absent on a hidden test)"),
  expected: ZJsonSchema.optional().describe("The expected return value (absent on a hidden test)"),
  actual: ZJsonSchema.optional().describe("What the code returned (absent on a hidden test)"),
  error: z.string().optional().describe("The error the code raised or the limit it hit, as the sandbox wrote it (absent on a hidden test: see errorCode)"),
});
export type TScoreTestResultView = z.infer<typeof ZScoreTestResultSchema>;

/**
 * A score's test evidence: every test (visible and hidden) the server ran on the submitted code; a
 * hidden test's values stay on the server. `stdout` is empty when the table has hidden tests (the code
 * printed on their inputs too).
 */
export const ZScoreTestsSchema = ZRunResultSchema.extend({
  tests: z.array(ZScoreTestResultSchema),
  language: ZCodeLanguageSchema,
  passed: z.number().int(),
  total: z.number().int(),
});
export type TScoreTests = z.infer<typeof ZScoreTestsSchema>;
