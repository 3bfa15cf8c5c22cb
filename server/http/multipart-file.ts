/**
 * A multipart/form-data body with one file part (job description uploads): read with a byte cap
 * while it streams (the file's cap plus room for the other parts and the part headers), then parsed
 * by the platform's own form parser. A missing file part, a text value where the file should be, an
 * empty file, a part or field sent twice, a text field that is not UTF-8, or a body that is not
 * multipart at all is a 400 naming the field.
 */
import { hasControlCharacters } from "@/server/contracts/safe-string";
import { AppError } from "@/server/errors";
import { readBodyBytesWithLimit } from "./read-body";

/** Boundaries, part headers and the short text fields beside the file (title, level, company). */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface TMultipartFile {
  bytes: Uint8Array;
  /** The part's own file name (browsers send it); null when the client sent none. */
  fileName: string | null;
  /** The text fields beside the file, by name (each sent once). */
  fields: Record<string, string>;
}

export function isMultipart(req: Request): boolean {
  return (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

function fileMissing(field: string, problem: string): AppError {
  return new AppError("VALIDATION_ERROR", `${field}: ${problem}.`, { fields: { [field]: problem } });
}

export async function readMultipartFile(req: Request, options: { field: string; maxFileBytes: number }): Promise<TMultipartFile> {
  const { field, maxFileBytes } = options;
  const bytes = await readBodyBytesWithLimit(req, maxFileBytes + FORM_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("VALIDATION_ERROR", "The multipart body could not be read: send multipart/form-data with a boundary and a file part.", {
      fields: { body: "must be multipart/form-data" },
    });
  }
  const parts = form.getAll(field);
  if (parts.length > 1) throw fileMissing(field, "given more than once: send one file part");
  const part = parts[0] ?? null;
  if (part === null) throw fileMissing(field, "required: a file part of the multipart form");
  if (typeof part === "string") throw fileMissing(field, "must be a file part (with a filename), not a text value");
  if (part.size > maxFileBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${maxFileBytes / (1024 * 1024)} MB.`, { limitBytes: maxFileBytes });
  }
  if (part.size === 0) throw fileMissing(field, "the file is empty");
  return { bytes: new Uint8Array(await part.arrayBuffer()), fileName: cleanFileName(part.name), fields: textFields(form) };
}

/**
 * The text fields, each sent once. A repeated one (two titles) is ambiguous: taking the first would
 * save what the client may not have meant. The form parser decodes bytes that are not UTF-8 to
 * U+FFFD without a word; a JSON body with them is a 400 (read-body.ts), so a form field is too (a
 * U+FFFD the client really typed is refused with it: no title or level needs one).
 */
function textFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (name in fields) throw fileMissing(name, "given more than once: send it once");
    if (value.includes("\uFFFD")) throw fileMissing(name, "not valid UTF-8 (or contains U+FFFD)");
    fields[name] = value;
  }
  return fields;
}

/** A browser's file name, when it is one we can keep (the same rule as ?fileName=); otherwise none. */
function cleanFileName(name: string): string | null {
  if (!name || name.length > 200 || hasControlCharacters(name)) return null;
  return name;
}
