/**
 * A coding question's whole runnable spec as an admin edits it (signatures, visible and hidden tests,
 * reference solutions, time limit), and the admin.coding procedures' inputs and outputs.
 * Client-safe: zod and other contracts only. The shape is server/code-runner/types.ts's TCodingSpec.
 */
import { z } from "zod";
import { ZCallStyleSchema, ZCodeCompareSchema, ZCodeLanguageSchema, ZCodeSourceSchema, ZParamKindSchema, ZRunResultSchema } from "./code";
import { zSafeLine, zSafeText } from "./safe-string";

export const CODE_TIME_LIMIT_MS = { min: 100, max: 10_000 } as const;
export const MAX_TESTS = { examples: 10, hidden: 50 } as const;

/** Arguments and expected values are JSON; a `{ "$gen": ... }` object describes a large generated input. */
export const ZCodeTestInputSchema = z.object({
  name: zSafeLine().trim().min(1, { error: "Name the test." }).max(80),
  args: z.array(z.json()).max(20, { error: "A test passes at most 20 arguments." }),
  expected: z.json(),
  compare: ZCodeCompareSchema.optional(),
});
export type TCodeTestInput = z.infer<typeof ZCodeTestInputSchema>;

const ZSignatureSchema = zSafeText().max(20_000).refine((code) => code.trim().length > 0, { error: "Write the starting code." });

export const ZCodingSpecInputSchema = z
  .object({
    functionName: zSafeLine()
      .trim()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { error: "Use a Python/JavaScript identifier (letters, digits, underscores)." }),
    style: ZCallStyleSchema.optional(),
    params: z.array(ZParamKindSchema).max(20).optional(),
    returns: ZParamKindSchema.optional(),
    signatures: z.object({ python: ZSignatureSchema, javascript: ZSignatureSchema }),
    examples: z
      .array(ZCodeTestInputSchema)
      .min(1, { error: "Add at least one visible example." })
      .max(MAX_TESTS.examples, { error: `At most ${MAX_TESTS.examples} visible examples.` }),
    hiddenTests: z.array(ZCodeTestInputSchema).max(MAX_TESTS.hidden, { error: `At most ${MAX_TESTS.hidden} hidden tests.` }),
    reference: z.object({ python: ZCodeSourceSchema, javascript: ZCodeSourceSchema }),
    timeLimitMs: z
      .number()
      .int()
      .min(CODE_TIME_LIMIT_MS.min, { error: `The time limit is at least ${CODE_TIME_LIMIT_MS.min} ms.` })
      .max(CODE_TIME_LIMIT_MS.max, { error: `The time limit is at most ${CODE_TIME_LIMIT_MS.max} ms.` }),
  })
  .superRefine((spec, ctx) => {
    // A result row names its test: two tests with one name could not be told apart.
    const seen = new Set<string>();
    for (const [group, tests] of [["examples", spec.examples], ["hiddenTests", spec.hiddenTests]] as const) {
      tests.forEach((test, index) => {
        if (seen.has(test.name)) ctx.addIssue({ code: "custom", path: [group, index, "name"], message: `Another test is already named “${test.name}”.` });
        seen.add(test.name);
      });
    }
  });
export type TCodingSpecInput = z.infer<typeof ZCodingSpecInputSchema>;

export const ZAdminCodingGetInputSchema = z.object({ questionId: z.uuid() });
export const ZAdminCodingGetOutputSchema = z.object({
  questionId: z.uuid(),
  slug: z.string(),
  track: z.string(),
  active: z.boolean(),
  spec: ZCodingSpecInputSchema.nullable(),
});
export type TAdminCodingQuestion = z.infer<typeof ZAdminCodingGetOutputSchema>;

/** Saving null turns the question back into one answered in prose only. */
export const ZAdminCodingSaveInputSchema = z.object({ questionId: z.uuid(), spec: ZCodingSpecInputSchema.nullable() });

export const ZReferenceRunSchema = z.object({ language: ZCodeLanguageSchema, result: ZRunResultSchema });
/** Every test (visible and hidden) run on each language's reference solution. */
export const ZReferenceCheckSchema = z.object({ passed: z.boolean(), runs: z.array(ZReferenceRunSchema) });
export type TReferenceCheck = z.infer<typeof ZReferenceCheckSchema>;

export const ZAdminCodingRunReferenceInputSchema = z.object({ spec: ZCodingSpecInputSchema });

type TJsonValue = z.infer<ReturnType<typeof z.json>>;

/** Text typed into a form field that must hold JSON; `array` when it must be a JSON array (a test's arguments). */
function zJsonText(what: string, array = false) {
  return z.string().transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      if (array && !Array.isArray(value)) throw new Error("not an array");
      return value as TJsonValue;
    } catch {
      ctx.addIssue({ code: "custom", message: array ? `${what}: write a JSON array, e.g. [[1, 2, 3], 4].` : `${what}: write a JSON value, e.g. [0, 1] or "abc".` });
      return z.NEVER;
    }
  });
}

/** One row of the admin's test table: arguments and expected value as JSON text, visible or hidden. */
export const ZCodingTestFormSchema = z.object({
  name: z.string(),
  args: zJsonText("Arguments", true),
  expected: zJsonText("Expected"),
  hidden: z.boolean(),
  unordered: z.boolean(),
});

/**
 * The admin editor's form: the same rules as ZCodingSpecInputSchema, over fields a person types (tests in
 * one list, JSON as text). Its output is a spec without style/params/returns, which the editor keeps.
 */
export const ZCodingSpecFormSchema = z
  .object({
    functionName: z.string(),
    timeLimitMs: z.coerce.number({ error: "Write the time limit in milliseconds." }),
    signatures: z.object({ python: z.string(), javascript: z.string() }),
    reference: z.object({ python: z.string(), javascript: z.string() }),
    tests: z.array(ZCodingTestFormSchema),
  })
  .transform(({ tests, ...rest }) => {
    const toTest = ({ name, args, expected, unordered }: z.output<typeof ZCodingTestFormSchema>): TCodeTestInput =>
      unordered ? { name, args: args as TJsonValue[], expected, compare: "unordered" } : { name, args: args as TJsonValue[], expected };
    return { ...rest, examples: tests.filter((test) => !test.hidden).map(toTest), hiddenTests: tests.filter((test) => test.hidden).map(toTest) };
  })
  .pipe(ZCodingSpecInputSchema);
export type TCodingSpecFormValues = z.input<typeof ZCodingSpecFormSchema>;
