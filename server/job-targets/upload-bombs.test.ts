/**
 * Uploads that are small on the wire and huge once opened: a DOCX whose document.xml inflates a
 * thousandfold (it took the web process down out of memory before docx-size.ts), a PDF whose content
 * stream inflates to megabytes of text operators (14 s and 400 MB in the web process before
 * parse-in-worker.ts). Each ends in a 4xx within its limits, and a normal file still reads afterwards.
 */
import JSZip from "jszip";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { uploadErrorText } from "@/app/(app)/jobs/upload-error";
import en from "@/server/i18n/messages/en/jobs.json";
import ko from "@/server/i18n/messages/ko/jobs.json";
import ru from "@/server/i18n/messages/ru/jobs.json";
import { checkDocxUnpackedSize, MAX_DOCX_XML_BYTES } from "./docx-size";
import { extractUploadText, PARSE_LIMITS } from "./extract-text";

const JOB = "Requirements: five years of Go and PostgreSQL, REST APIs, mentoring engineers";

async function docxWithFiller(fillerBytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(JOB)] }] })));
  const xml = await zip.file("word/document.xml")!.async("string");
  const filler = "<w:p><w:r><w:t>aaaa</w:t></w:r></w:p>";
  zip.file("word/document.xml", xml.replace("<w:body>", "<w:body>" + filler.repeat(Math.ceil(fillerBytes / filler.length))));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** One page whose second content stream repeats a tiny text operator until it is `mb` MB (deflated: a few KB per MB). */
async function pdfBomb(mb: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  page.drawText(JOB, { x: 40, y: 700, size: 11, font });
  const fontName = page.node.normalizedEntries().Font.keys()[0]!.asString();
  const op = `BT ${fontName} 1 Tf 10 10 Td (a) Tj ET\n`;
  page.node.addContentStream(doc.context.register(doc.context.flateStream(op.repeat(Math.floor((mb * 1024 * 1024) / op.length)))));
  return doc.save();
}

/** What a call threw (null when it did not). */
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("DOCX unpacked size", () => {
  it("measures a normal document and refuses a ZIP bomb after inflating at most the cap", async () => {
    const normal = await docxWithFiller(0);
    expect(checkDocxUnpackedSize(normal)).toBeLessThan(100_000);
    const bomb = await docxWithFiller(20 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const started = performance.now();
    expect(() => checkDocxUnpackedSize(bomb)).toThrow(/too large or complex once unpacked/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(MAX_DOCX_XML_BYTES).toBe(2 * 1024 * 1024);
  }, 60_000);

  it("answers the bomb with a 4xx naming the reason, and still reads a real DOCX afterwards", async () => {
    const bomb = await docxWithFiller(20 * 1024 * 1024);
    expect(await errorOf(extractUploadText(bomb, "cv.docx"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "too_complex" } });
    const result = await extractUploadText(await docxWithFiller(0), "cv.docx");
    expect(result.text).toContain("mentoring engineers");
  }, 60_000);

  it("refuses a ZIP whose directory points past the end as unreadable", async () => {
    const normal = await docxWithFiller(0);
    const cut = normal.slice();
    // The central directory's offset (in the end record) now points past the file.
    const view = new DataView(cut.buffer);
    view.setUint32(cut.byteLength - 22 + 16, cut.byteLength + 10, true);
    expect(await errorOf(extractUploadText(cut, "cv.docx"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "malformed_file" } });
  });
});

describe("PDF parse limits", () => {
  it("ends a PDF whose content inflates without end at the deadline, off the web process's event loop", async () => {
    const bomb = await pdfBomb(20);
    expect(bomb.byteLength).toBeLessThan(200_000);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 100);
    const started = performance.now();
    const error = await errorOf(extractUploadText(bomb, "job.pdf", { ...PARSE_LIMITS, timeoutMs: 2000 }));
    const ms = performance.now() - started;
    clearInterval(ticker);
    expect(error).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "too_complex" } });
    expect(ms).toBeLessThan(4000);
    // The event loop kept turning while the worker parsed (it was blocked for the whole parse before).
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(ms / 100) - 5);
  }, 60_000);

  it("keeps an encrypted-looking or empty PDF a clear 4xx", async () => {
    const empty = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
    expect(await errorOf(extractUploadText(empty, "job.pdf"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "malformed_file" } });
  });
});

describe("the upload button's words for the new reasons", () => {
  it("translates too_complex and busy from the jobs catalog in every language", () => {
    for (const reason of ["too_complex", "busy"] as const) {
      const text = uploadErrorText({ status: 400, details: { reason } }, (key) => key, (message) => message);
      expect(text).toBe(`errors.${reason}`);
      for (const catalog of [en, ru, ko]) expect(catalog.upload.errors[reason].length).toBeGreaterThan(20);
    }
  });
});
