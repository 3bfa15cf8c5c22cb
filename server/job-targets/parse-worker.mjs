// @ts-check
/**
 * One upload's parse, in its own worker thread (started by parse-in-worker.ts with a heap limit and a
 * deadline): PDF text through unpdf (pdf.js), DOCX text through mammoth. A few KB of PDF can hold a
 * content stream that inflates to hundreds of MB, and pdf.js reads it all; in this thread such a file
 * costs at most the limits, and the web process goes on. Message in: { kind, bytes, maxPages }.
 * Out: { text, pages } | { tooManyPages: pages } | { malformed: true }.
 */
import { parentPort } from "node:worker_threads";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";

if (!parentPort) throw new Error("parse-worker.mjs runs as a worker thread");
const port = parentPort;

/** @param {Uint8Array} bytes @param {number} maxPages */
async function pdf(bytes, maxPages) {
  const document = await getDocumentProxy(bytes);
  try {
    if (document.numPages > maxPages) return { tooManyPages: document.numPages };
    const { text } = await extractText(document, { mergePages: false });
    return { text: text.join("\n\n"), pages: document.numPages };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

/** @param {Uint8Array} bytes */
async function docx(bytes) {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { text: result.value, pages: null };
}

port.once("message", async (/** @type {{ kind: "pdf" | "docx", bytes: Uint8Array, maxPages: number }} */ job) => {
  let answer;
  try {
    answer = job.kind === "pdf" ? await pdf(job.bytes, job.maxPages) : await docx(job.bytes);
  } catch {
    answer = { malformed: true };
  }
  port.postMessage(answer);
});
