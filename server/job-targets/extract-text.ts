/**
 * Text from an uploaded job description or CV: PDF (unpdf) or DOCX (mammoth), recognised by their
 * first bytes, never by the file name. The caller has already capped the body while it streamed in
 * (MAX_UPLOAD_BYTES); the size is checked again here so no parser ever sees a larger buffer, a DOCX's
 * unpacked size is measured before mammoth opens it (docx-size.ts), and both parsers run in a worker
 * thread with a heap limit and a deadline (parse-in-worker.ts), where the page count is checked before
 * any page is read. Every failure is a 4xx naming what is wrong.
 */
import { MAX_DESCRIPTION_CHARS, MAX_UPLOAD_BYTES, MAX_UPLOAD_PAGES, type TExtractedText } from "@/server/contracts/job-targets";
import { AppError } from "@/server/errors";
import { checkDocxUnpackedSize } from "./docx-size";
import { parseInWorker, type TParseLimits } from "./parse-in-worker";

export type TSniffedKind = "pdf" | "docx" | "text" | "unknown";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The file's real kind from its content: %PDF-, a ZIP holding word/document.xml, or plain UTF-8 text. */
export function sniffKind(bytes: Uint8Array): TSniffedKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A DOCX is a ZIP whose entries include word/document.xml; any other ZIP (xlsx, jar) is not one.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml") ? "docx" : "unknown";
  }
  if (bytes.length === 0 || bytes.includes(0)) return "unknown";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return "text";
  } catch {
    return "unknown";
  }
}

/** Control characters (other than newlines and tabs) from a document's text layer: never meant, and refused by the text schemas. */
function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Per parse, in its worker thread: a real 20-page PDF or a long DOCX takes well under a second. */
export const PARSE_LIMITS: TParseLimits = { timeoutMs: 15_000, heapMb: 256, maxPages: MAX_UPLOAD_PAGES };

export async function extractUploadText(bytes: Uint8Array, fileName: string | null, limits = PARSE_LIMITS): Promise<TExtractedText> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`, { limitBytes: MAX_UPLOAD_BYTES });
  }
  const kind = sniffKind(bytes);
  if (kind === "unknown") {
    throw new AppError("VALIDATION_ERROR", "Upload a PDF, a Word document (.docx) or a plain-text file.", { reason: "unsupported_type" });
  }
  let text: string;
  let pages: number | null = null;
  if (kind === "text") text = new TextDecoder("utf-8").decode(bytes);
  else {
    // The ZIP's true unpacked size first (cheap, and names the problem); then the parse, bounded in its thread.
    if (kind === "docx") checkDocxUnpackedSize(bytes);
    ({ text, pages } = await parseInWorker(kind, bytes, limits));
  }
  text = cleanText(text);
  if ((text.match(/\p{L}/gu)?.length ?? 0) < 20) {
    throw new AppError(
      "VALIDATION_ERROR",
      kind === "pdf"
        ? "This PDF has no text we can read: it looks like a scan or an image. Upload a PDF with selectable text, or paste the text."
        : "This file holds no text. Upload the job description itself, or paste it.",
      { reason: "no_text" },
    );
  }
  if (text.length > MAX_DESCRIPTION_CHARS) {
    throw new AppError("VALIDATION_ERROR", `The file's text is longer than ${MAX_DESCRIPTION_CHARS.toLocaleString("en-US")} characters; paste the relevant part instead.`, {
      reason: "text_too_long",
      chars: text.length,
    });
  }
  return { text, kind, fileName, pages, chars: text.length };
}
