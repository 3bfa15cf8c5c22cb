/**
 * A server message built from values ("This interview is completed…", "This PDF has 40 pages…") names
 * its entry in the `errors` message catalog and the values, so the web app says it in the reader's
 * language without parsing English: `details.messageKey` (a key of `errors`, or `server.<key>` of
 * `form-errors`) and `details.messageValues`, beside the
 * English `message` REST clients read (api-v1.md: details may carry more than a code's schema names).
 * Client-safe: zod only.
 */
import { z } from "zod";

export type TErrorTextValues = Record<string, string | number>;
export interface TErrorText {
  messageKey: string;
  messageValues?: TErrorTextValues;
}

const ZErrorTextSchema = z.looseObject({
  messageKey: z.string().regex(/^(server\.)?[a-zA-Z][a-zA-Z0-9]*$/),
  messageValues: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

/** The catalog entry a failed call names (tRPC `error.data.details` or a REST body's `error.details`), else null. */
export function errorTextOf(error: unknown): TErrorText | null {
  const outer = asRecord(error);
  const details = asRecord(outer?.data)?.details ?? asRecord(outer?.error)?.details;
  const parsed = ZErrorTextSchema.safeParse(details);
  if (!parsed.success) return null;
  return parsed.data.messageValues ? { messageKey: parsed.data.messageKey, messageValues: parsed.data.messageValues } : { messageKey: parsed.data.messageKey };
}
