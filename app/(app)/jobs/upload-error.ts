/**
 * The upload endpoint's problem in the reader's language: its `details.reason` (a stable code, see
 * server/job-targets/extract-text.ts) picks the catalog entry; a rate limit or another known English
 * message goes through the errors catalog; anything else shows the server's own sentence.
 */
import { MAX_DESCRIPTION_CHARS, MAX_UPLOAD_BYTES } from "@/server/contracts/job-targets";

export interface TUploadProblem {
  status: number;
  code?: string;
  message?: string;
  details?: { reason?: string; pages?: number; limit?: number };
}

const REASONS = ["malformed_file", "too_many_pages", "unsupported_type", "no_text", "text_too_long", "too_complex", "busy"] as const;
type TReason = (typeof REASONS)[number];

export type TUploadTranslator = (key: string, values?: Record<string, string | number>) => string;

function isReason(reason: string | undefined): reason is TReason {
  return (REASONS as readonly string[]).includes(reason ?? "");
}

export function uploadErrorText(problem: TUploadProblem, t: TUploadTranslator, errorText: (message: string) => string): string {
  const reason = problem.details?.reason;
  if (isReason(reason)) return t(`errors.${reason}`, { pages: problem.details?.pages ?? 0, limit: problem.details?.limit ?? MAX_DESCRIPTION_CHARS });
  if (problem.code === "PAYLOAD_TOO_LARGE") return t("errors.too_large", { mb: MAX_UPLOAD_BYTES / (1024 * 1024) });
  if (problem.message) return errorText(problem.message);
  return t("failed", { status: problem.status });
}
