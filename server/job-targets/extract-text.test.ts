/**
 * Upload extraction: PDF and DOCX text, the byte cap before parsing (a 10 MB PDF → 413 through the
 * route without being buffered), the page limit, scanned PDFs, malformed and disguised files.
 * The 5-page PDF timing is printed, not asserted.
 */
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { withRequest } from "@/server/http/with-request";
import { extractUploadText, sniffKind } from "./extract-text";
import { JOB_UPLOADS_PER_USER, handleJobUpload } from "@/server/http/job-upload-route";

const LINES = ["Requirements:", "- 5+ years of backend development in Go", "- PostgreSQL: schema design and indexing", "Responsibilities:", "- Design and operate REST APIs", "- Mentor mid-level engineers"];

async function pdfWithPages(pages: number, withText = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p += 1) {
    const page = doc.addPage();
    if (withText) for (let i = 0; i < 30; i += 1) page.drawText(`${LINES[i % LINES.length]} (page ${p + 1}, line ${i + 1})`, { x: 40, y: 780 - i * 24, size: 11, font });
    else page.drawRectangle({ x: 40, y: 400, width: 300, height: 200 });
  }
  return doc.save();
}

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: { code?: string; message?: string; details?: { reason?: string } }) => error,
  );
}

describe("extractUploadText", () => {
  it("reads a 5-page PDF (timing printed)", async () => {
    const bytes = await pdfWithPages(5);
    let started = performance.now();
    await extractUploadText(bytes, "job.pdf");
    const cold = performance.now() - started;
    started = performance.now();
    const result = await extractUploadText(bytes, "job.pdf");
    const warm = performance.now() - started;
    // The first call also loads pdf.js (once per process).
    console.log(`5-page PDF (${bytes.byteLength} bytes, 150 lines): first call ${cold.toFixed(0)} ms (loads pdf.js), then ${warm.toFixed(0)} ms`);
    expect(result.kind).toBe("pdf");
    expect(result.pages).toBe(5);
    expect(result.text).toContain("PostgreSQL: schema design and indexing");
    expect(result.text.split("\n").length).toBeGreaterThan(100);
  });

  it("reads a DOCX whatever its name says", async () => {
    const doc = new Document({ sections: [{ children: LINES.map((line) => new Paragraph(line)) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(sniffKind(bytes)).toBe("docx");
    const result = await extractUploadText(bytes, "job.pdf");
    expect(result.kind).toBe("docx");
    expect(result.text).toContain("Mentor mid-level engineers");
  });

  it("refuses an oversized buffer before parsing, too many pages, a scan, a broken PDF and other kinds", async () => {
    expect(await errorOf(extractUploadText(new Uint8Array(10 * 1024 * 1024).fill(0x25), "big.pdf"))).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await errorOf(extractUploadText(await pdfWithPages(25), "long.pdf"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "too_many_pages" } });
    expect(await errorOf(extractUploadText(await pdfWithPages(2, false), "scan.pdf"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "no_text" } });
    const broken = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage");
    expect(await errorOf(extractUploadText(broken, "broken.pdf"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "malformed_file" } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await errorOf(extractUploadText(png, "job.docx"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "unsupported_type" } });
    const fakeDocx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, ...new TextEncoder().encode("word/document.xml")]);
    expect(await errorOf(extractUploadText(fakeDocx, "job.docx"))).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "malformed_file" } });
  });

  it("takes plain UTF-8 text, Russian included", async () => {
    const result = await extractUploadText(new TextEncoder().encode("Требования:\n- Опыт разработки на Java от 3 лет\n- Знание SQL"), null);
    expect(result).toMatchObject({ kind: "text", pages: null });
  });
});

describe("POST /api/v1/job-targets/upload", () => {
  const db = connectTestDb();
  const route = withRequest((req) => handleJobUpload(req));
  const url = "http://localhost:3999/api/v1/job-targets/upload?fileName=job.pdf";

  it("answers the text of a PDF, and 413 for a 10 MB body streamed without Content-Length", async () => {
    const { user } = await verifiedTestUser(db, "upload");
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/pdf" };
    const ok = await route(new Request(url, { method: "POST", headers, body: (await pdfWithPages(1)).slice() }));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { text: string }).text).toContain("Design and operate REST APIs");

    let sent = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x41);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const big = await route(new Request(url, { method: "POST", headers, body: stream, duplex: "half" } as RequestInit));
    expect(big.status).toBe(413);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    const declared = await route(new Request(url, { method: "POST", headers: { ...headers, "content-length": String(10 * 1024 * 1024) }, body: "x" }));
    expect(declared.status).toBe(413);
  });

  it("401 without a user, 400 for an empty body or a control character in the name", async () => {
    expect((await route(new Request(url, { method: "POST", body: "x" }))).status).toBe(401);
    const { user } = await verifiedTestUser(db, "upload2");
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}` };
    expect((await route(new Request(url, { method: "POST", headers }))).status).toBe(400);
    expect((await route(new Request(`${url}%00`, { method: "POST", headers, body: "text" }))).status).toBe(400);
  });

  it("429 with Retry-After past the uploads per user and hour, before the body is read; another user is not affected", async () => {
    const { user } = await verifiedTestUser(db, "upload3");
    const { accessToken } = await issueTokenPair(db, user);
    const headers = { authorization: `Bearer ${accessToken}` };
    for (let i = 0; i < JOB_UPLOADS_PER_USER.limit; i += 1) expect((await route(new Request(url, { method: "POST", headers }))).status).toBe(400);
    const refused = await route(new Request(url, { method: "POST", headers, body: (await pdfWithPages(1)).slice() }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    const other = await verifiedTestUser(db, "upload4");
    const otherToken = (await issueTokenPair(db, other.user)).accessToken;
    expect((await route(new Request(url, { method: "POST", headers: { authorization: `Bearer ${otherToken}` } }))).status).toBe(400);
  });
});
