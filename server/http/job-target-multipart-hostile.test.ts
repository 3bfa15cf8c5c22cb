/**
 * Job targets as multipart/form-data under hostile input, through the real handlers: a file part or a
 * field sent twice, text fields with NUL bytes, lone surrogates or bytes that are not UTF-8, a body
 * without its boundary or cut short. Each is a 400 naming what is wrong, and no job target is written.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { jobTargets } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { stopRealtime } from "@/server/realtime/hub";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { handleJobUpload } from "./job-upload-route";
import { handleRestRequest } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const rest = withRequest(handleRestRequest);
const upload = withRequest((req) => handleJobUpload(req));
const BASE = "http://localhost:3999/api/v1";
const BOUNDARY = "----jobform0123456789";
const TEXT = "Senior backend engineer\nRequirements:\n- PostgreSQL: schema design and indexing\n- Design and operate REST APIs";

afterAll(() => stopRealtime());

type TErrorBody = { error?: { code: string; message: string; details?: { fields?: Record<string, string> } } };

function rawForm(parts: Array<[string, string | Buffer]>, options: { end?: boolean } = {}): Buffer {
  const chunks: Buffer[] = [];
  for (const [headers, content] of parts) chunks.push(Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from("\r\n"));
  if (options.end !== false) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}
const field = (name: string, value: string | Buffer): [string, string | Buffer] => [`Content-Disposition: form-data; name="${name}"`, value];
const filePart = (text = TEXT): [string, string] => [`Content-Disposition: form-data; name="file"; filename="job.txt"\r\nContent-Type: text/plain`, text];

async function send(handler: typeof rest, url: string, auth: Record<string, string>, body: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`) {
  const response = await handler(new Request(url, { method: "POST", headers: { ...auth, "content-type": contentType }, body: new Uint8Array(body) }));
  return { status: response.status, body: (await response.json()) as TErrorBody };
}

describe("job targets as multipart: hostile forms", () => {
  it("a file part or a field sent twice: 400 naming it, on the upload and on the create, nothing written", async () => {
    const { user } = await verifiedTestUser(db, "mp-hostile-twice");
    const auth = { authorization: `Bearer ${(await issueTokenPair(db, user)).accessToken}` };
    const twoFiles = rawForm([field("title", "Backend"), field("level", "mid"), filePart(), filePart("Another job entirely: a florist.")]);
    for (const url of [`${BASE}/job-targets/upload`, `${BASE}/job-targets`]) {
      const handler = url.endsWith("upload") ? upload : rest;
      const files = await send(handler, url, auth, twoFiles);
      expect(files.status, url).toBe(400);
      expect(files.body.error?.details?.fields, url).toEqual({ file: expect.stringMatching(/more than once/) as string });
    }
    const twoTitles = await send(rest, `${BASE}/job-targets`, auth, rawForm([field("title", "Backend"), field("title", "Florist"), field("level", "mid"), filePart()]));
    expect(twoTitles.status).toBe(400);
    expect(twoTitles.body.error?.details?.fields).toEqual({ title: expect.stringMatching(/more than once/) as string });
    expect(await db.select({ id: jobTargets.id }).from(jobTargets).where(eq(jobTargets.userId, user.id))).toEqual([]);
  });

  it("?fileName= given twice on the raw upload: 400 naming fileName", async () => {
    const { user } = await verifiedTestUser(db, "mp-hostile-name");
    const auth = { authorization: `Bearer ${(await issueTokenPair(db, user)).accessToken}` };
    const response = await upload(new Request(`${BASE}/job-targets/upload?fileName=job.txt&fileName=cv.pdf`, { method: "POST", headers: auth, body: TEXT }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as TErrorBody).error?.details?.fields).toEqual({ fileName: "given more than once; send it once" });
  });

  it("NUL, lone surrogates and bytes that are not UTF-8 in a field, no boundary, a cut body: 400, nothing written", async () => {
    const { user } = await verifiedTestUser(db, "mp-hostile-bytes");
    const auth = { authorization: `Bearer ${(await issueTokenPair(db, user)).accessToken}` };
    const cases: Array<[string, Buffer, string?]> = [
      ["NUL in title", rawForm([field("title", "Back\u0000end"), field("level", "mid"), filePart()])],
      // A lone surrogate cannot be UTF-8: the nearest a client can send is its WTF-8 bytes, ED A0 80.
      ["lone surrogate in title", rawForm([field("title", Buffer.concat([Buffer.from("Backend "), Buffer.from([0xed, 0xa0, 0x80])])), field("level", "mid"), filePart()])],
      ["not UTF-8 in title", rawForm([field("title", Buffer.from([0x42, 0xc3, 0x28])), field("level", "mid"), filePart()])],
      ["no boundary", rawForm([field("title", "Backend"), field("level", "mid"), filePart()]), "multipart/form-data"],
      ["cut short", rawForm([field("title", "Backend"), field("level", "mid"), filePart()]).subarray(0, 150)],
      ["no closing boundary", rawForm([field("title", "Backend"), field("level", "mid"), filePart()], { end: false })],
    ];
    for (const [label, body, contentType] of cases) {
      const result = await send(rest, `${BASE}/job-targets`, auth, body, contentType);
      expect(result.status, label).toBe(400);
      expect(Object.keys(result.body.error?.details?.fields ?? {}).length, `${label}: ${result.body.error?.message}`).toBeGreaterThan(0);
      const stored = await db.select({ title: jobTargets.title }).from(jobTargets).where(eq(jobTargets.userId, user.id));
      expect(stored, label).toEqual([]);
    }
  });
});
