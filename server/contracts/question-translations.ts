/**
 * A bank question in other languages (ru, ko; English is the question itself): the admin's
 * per-language editor (admin.questionTranslation, admin.saveQuestionTranslation), the list's
 * "missing translation" status, and the fallback report candidates' reads carry. Client-safe.
 */
import { z } from "zod";
import { zSafeLine, zSafeText } from "./safe-string";
import { ZFollowUpsSchema } from "./vocabulary/follow-ups";
import { DEFAULT_LANGUAGE, LANGUAGES, type TLanguage } from "./vocabulary/languages";

/** The languages a question can be translated into: every language but English, which the question row holds. */
export const TRANSLATION_LANGUAGES = LANGUAGES.filter((language): language is Exclude<TLanguage, "en"> => language !== DEFAULT_LANGUAGE);
export const ZTranslationLanguageSchema = z.enum(TRANSLATION_LANGUAGES);
export type TTranslationLanguage = z.infer<typeof ZTranslationLanguageSchema>;

/** The fields a translation carries; any of them may be missing and then falls back to English. */
export const TRANSLATABLE_FIELDS = ["text", "keyPoints", "followUps", "sampleAnswer"] as const;
export const ZTranslatableFieldSchema = z.enum(TRANSLATABLE_FIELDS);
export type TTranslatableField = z.infer<typeof ZTranslatableFieldSchema>;

/** none: no field translated; partial: some fall back to English; complete: every field translated. */
export const TRANSLATION_STATUSES = ["none", "partial", "complete"] as const;
export const ZTranslationStatusSchema = z.enum(TRANSLATION_STATUSES);
export type TTranslationStatus = z.infer<typeof ZTranslationStatusSchema>;
export const ZTranslationStatusesSchema = z.record(ZTranslationLanguageSchema, ZTranslationStatusSchema);

/** Multi-line text of at least `min` characters, or empty: "not translated" (the form sends an empty field). */
function zOptionalText(min: number, max: number, error: string) {
  return zSafeText()
    .trim()
    .max(max)
    .refine((value) => value === "" || value.length >= min, { error })
    .nullable();
}

/** Null (or an empty text or list) leaves a field untranslated: candidates get the English one. */
export const ZQuestionTranslationFieldsSchema = z.object({
  text: zOptionalText(5, 2000, "Write the question (at least 5 characters), or leave it empty to show the English one."),
  keyPoints: z.array(zSafeLine().trim().min(2).max(300)).max(10).nullable(),
  followUps: ZFollowUpsSchema.nullable(),
  sampleAnswer: zOptionalText(20, 10_000, "Write a sample answer (at least 20 characters), or leave it empty to show the English one."),
});
export type TQuestionTranslationFields = z.infer<typeof ZQuestionTranslationFieldsSchema>;

export const ZQuestionTranslationKeySchema = z.object({ questionId: z.uuid(), language: ZTranslationLanguageSchema });
export const ZSaveQuestionTranslationInputSchema = ZQuestionTranslationKeySchema.extend({ fields: ZQuestionTranslationFieldsSchema });
export type TSaveQuestionTranslationInput = z.infer<typeof ZSaveQuestionTranslationInputSchema>;

export const ZQuestionTranslationSchema = ZQuestionTranslationKeySchema.extend({
  fields: ZQuestionTranslationFieldsSchema,
  /** The fields a candidate in this language gets in English. */
  fallback: z.array(ZTranslatableFieldSchema),
  status: ZTranslationStatusSchema,
  updatedAt: z.string().nullable(),
});
export type TQuestionTranslation = z.infer<typeof ZQuestionTranslationSchema>;

/** Blank rows of a list box are not items; no item left is "not translated". */
function keptOrNull<T>(items: T[], blank: (item: T) => boolean): T[] | null {
  const kept = items.filter((item) => !blank(item));
  return kept.length > 0 ? kept : null;
}

/**
 * The admin's editor (app/admin/questions): one box per English key point and follow-up, whose
 * dimension it keeps. Its output is the procedure's `fields`.
 */
export const ZQuestionTranslationFormSchema = z.object({
  text: ZQuestionTranslationFieldsSchema.shape.text.unwrap(),
  keyPoints: z
    .array(zSafeLine().trim().max(300))
    .transform((points) => keptOrNull(points, (point) => point === ""))
    .pipe(ZQuestionTranslationFieldsSchema.shape.keyPoints),
  followUps: z
    .array(z.object({ text: zSafeLine().trim().max(300), dimension: zSafeLine() }))
    .transform((items) => keptOrNull(items, (item) => item.text === ""))
    .pipe(ZQuestionTranslationFieldsSchema.shape.followUps),
  sampleAnswer: ZQuestionTranslationFieldsSchema.shape.sampleAnswer.unwrap(),
});
