/**
 * Job targets as multipart/form-data with a `file` part (api-v1.md: "or multipart with `file`"),
 * through the real handlers: POST /job-targets/upload answers the file's text, POST /job-targets
 * creates the job target from it; a missing file part is a 400 naming `file`.
 */
import { Document, Packer, Paragraph } from "docx";
import { afterAll, describe, expect, it } from "vitest";
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

afterAll(() => stopRealtime());

const LINES = ["Senior backend engineer", "Requirements:", "- 5+ years of backend development in Go", "- PostgreSQL: schema design and indexing", "- Design and operate REST APIs"];
const TEXT = LINES.join("\n");

type TBody = { error?: { code: string; message: string; details?: { fields?: Record<string, string>; field?: string } }; text?: string; kind?: string; fileName?: string | null };

async function token(prefix: string): Promise<Record<string, string>> {
  const { user } = await verifiedTestUser(db, prefix);
  return { authorization: `Bearer ${(await issueTokenPair(db, user)).accessToken}` };
}

function form(parts: Record<string, string | Blob>, fileName = "job.txt"): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === "string") data.append(name, value);
    else data.append(name, value, fileName);
  }
  return data;
}

async function post(handler: typeof rest, url: string, headers: Record<string, string>, body: BodyInit) {
  const response = await handler(new Request(url, { method: "POST", headers, body }));
  return { status: response.status, body: (await response.json()) as TBody };
}

describe("POST /job-targets/upload as multipart/form-data", () => {
  it("answers the text of a `file` part (plain text, DOCX), its name from the part; other fields are accepted", async () => {
    const auth = await token("mp-upload");
    const text = await post(upload, `${BASE}/job-targets/upload`, auth, form({ title: "Backend", level: "senior", file: new Blob([TEXT], { type: "text/plain" }) }));
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({ kind: "text", fileName: "job.txt" });
    expect(text.body.text).toContain("PostgreSQL: schema design and indexing");

    const doc = new Document({ sections: [{ children: LINES.map((line) => new Paragraph(line)) }] });
    const docx = new Blob([new Uint8Array(await Packer.toBuffer(doc))]);
    const fromDocx = await post(upload, `${BASE}/job-targets/upload?fileName=role.docx`, auth, form({ file: docx }, "ignored.docx"));
    expect(fromDocx.status).toBe(200);
    expect(fromDocx.body).toMatchObject({ kind: "docx", fileName: "role.docx" });
    expect(fromDocx.body.text).toContain("Design and operate REST APIs");
  });

  it("400 naming `file` when the part is missing, a text value or empty; 400 for a broken multipart body", async () => {
    const auth = await token("mp-upload-bad");
    for (const body of [form({ title: "No file" }), form({ file: TEXT }), form({ file: new Blob([]) })]) {
      const { status, body: answer } = await post(upload, `${BASE}/job-targets/upload`, auth, body);
      expect(status).toBe(400);
      expect(answer.error?.code).toBe("VALIDATION_ERROR");
      expect(answer.error?.details?.fields?.file).toBeTruthy();
      expect(answer.error?.message).toContain("file");
    }
    const broken = await post(upload, `${BASE}/job-targets/upload`, { ...auth, "content-type": "multipart/form-data; boundary=zzz" }, "not a multipart body");
    expect(broken.status).toBe(400);
    expect(broken.body.error?.details?.fields?.body).toBeTruthy();
    // The query's file name names its field in details.fields, as other 400s do (details.field kept for older clients).
    const badName = await post(upload, `${BASE}/job-targets/upload?fileName=a%00b`, auth, TEXT);
    expect(badName.status).toBe(400);
    expect(badName.body.error?.details).toMatchObject({ field: "fileName", fields: { fileName: expect.any(String) } });
  });
});

describe("POST /job-targets as multipart/form-data", () => {
  it("creates the job target from the file's text, with title, level and company from the form", async () => {
    const auth = await token("mp-create");
    const response = await rest(new Request(`${BASE}/job-targets`, { method: "POST", headers: auth, body: form({ title: "Backend engineer", company: "Acme", level: "senior", file: new Blob([TEXT]) }, "role.txt") }));
    expect(response.status).toBe(201);
    const { jobTarget } = (await response.json()) as { jobTarget: { id: string; title: string; level: string } };
    expect(jobTarget).toMatchObject({ title: "Backend engineer", level: "senior" });
    const read = await rest(new Request(`${BASE}/job-targets/${jobTarget.id}`, { headers: auth }));
    expect(read.status).toBe(200);
    const stored = ((await read.json()) as { jobTarget: { description: string; company: string | null; sources: unknown } }).jobTarget;
    expect(stored.description).toContain("PostgreSQL: schema design and indexing");
    expect(stored.company).toBe("Acme");
    expect(stored.sources).toEqual([{ field: "description", kind: "pasted", fileName: "role.txt" }]);
  });

  it("400 naming `file` without the part, naming title and level when they are missing; 401 without a caller", async () => {
    const auth = await token("mp-create-bad");
    const noFile = await post(rest, `${BASE}/job-targets`, auth, form({ title: "Backend", level: "senior" }));
    expect(noFile.status).toBe(400);
    expect(noFile.body.error?.details?.fields?.file).toBeTruthy();
    const noTitle = await post(rest, `${BASE}/job-targets`, auth, form({ file: new Blob([TEXT]) }));
    expect(noTitle.status).toBe(400);
    expect(Object.keys(noTitle.body.error?.details?.fields ?? {}).sort()).toEqual(["level", "title"]);
    expect((await post(rest, `${BASE}/job-targets`, {}, form({ title: "Backend", level: "senior", file: new Blob([TEXT]) }))).status).toBe(401);
  });
});

describe("the OpenAPI document", () => {
  it("describes both multipart bodies", async () => {
    const { openApiDocument } = await import("./openapi");
    const paths = openApiDocument("http://x").paths as Record<string, { post: { requestBody: { content: Record<string, { schema: { required?: string[] } }> } } }>;
    expect(paths["/job-targets/upload"]!.post.requestBody.content["multipart/form-data"]!.schema.required).toEqual(["file"]);
    expect(paths["/job-targets"]!.post.requestBody.content["multipart/form-data"]!.schema.required).toEqual(["title", "level", "file"]);
    expect(paths["/job-targets"]!.post.requestBody.content["application/json"]).toBeDefined();
  });
});
