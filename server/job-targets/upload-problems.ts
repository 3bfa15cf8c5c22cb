/**
 * The upload problems more than one parser step names (extract-text.ts, docx-size.ts, the parse
 * worker's limits). `details.reason` is the stable code the upload button translates
 * (app/(app)/jobs/upload-error.ts); the English sentence is for REST clients.
 */
import { AppError } from "@/server/errors";

export function unreadable(kind: string): AppError {
  return new AppError("VALIDATION_ERROR", `This ${kind} file could not be read: it may be damaged or password-protected. Paste the text instead.`, { reason: "malformed_file" });
}

/** A file within the byte cap that unpacks or parses into far more: a ZIP bomb, a PDF whose streams inflate without end. */
export function tooComplex(kind: string, limit: string): AppError {
  return new AppError("VALIDATION_ERROR", `This ${kind} file is too large or complex once unpacked (${limit}); upload a shorter document or paste the text.`, { reason: "too_complex" });
}
