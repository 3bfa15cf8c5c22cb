import * as z from "zod";
import { ZStartInterviewFieldsSchema } from "@/server/contracts/interviews";
import { normalizeTag } from "./prefill";

/**
 * The start form's schema: the contract's, with only the number input's text turned into a number
 * first, so an empty or out-of-range count gets the contract's own message, the server's words.
 */
export const ZStartFormSchema = ZStartInterviewFieldsSchema.extend({
  questionCount: z.preprocess((value) => (typeof value === "string" ? Number(value) : value), ZStartInterviewFieldsSchema.shape.questionCount),
});

/** The tags typed in the add field (comma-separated), normalized and added to `tags` without repeats. */
export function withTypedTags(tags: readonly string[], typed: string): string[] {
  return [...new Set([...tags, ...typed.split(",").map(normalizeTag).filter(Boolean)])];
}
