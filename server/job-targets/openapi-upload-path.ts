/**
 * The OpenAPI entry for POST /job-targets/upload, a route handler outside the tRPC adapter (its
 * body is the raw file, capped while it streams; see upload-route.ts), so the generator cannot see it;
 * and the multipart form POST /job-targets takes beside its JSON (server/http/job-target-form.ts).
 */
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PAGES } from "@/server/contracts/job-targets";
import { LEVELS } from "@/server/contracts/vocabulary/tracks";

export function addJobUploadPath(paths: Record<string, unknown>): void {
  // The same security as the other job-target operations (bearer token).
  const security = (paths["/job-targets"] as Record<string, { security?: unknown }> | undefined)?.post?.security;
  paths["/job-targets/upload"] = {
    post: {
      operationId: "jobTargets-upload",
      tags: ["job-targets"],
      summary: "Extract the text of a job description or CV (PDF, DOCX or plain text); nothing is stored",
      description:
        "The request body is the file itself (any Content-Type: the kind is read from the bytes), or a multipart/form-data form with the file in a `file` part. " +
        `At most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB, refused with 413 ` +
        `before it is parsed; PDFs of at most ${MAX_UPLOAD_PAGES} pages. A scanned PDF without a text layer, a damaged file or another kind of file gets a 400 naming why.`,
      ...(security ? { security } : {}),
      parameters: [{ name: "fileName", in: "query", required: false, schema: { type: "string", maxLength: 200 }, description: "The file's name, kept with the job target." }],
      requestBody: {
        required: true,
        content: {
          "application/octet-stream": { schema: { type: "string", format: "binary" } },
          "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } },
        },
      },
      responses: {
        "200": {
          description: "The extracted text",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["text", "kind", "fileName", "pages", "chars"],
                properties: {
                  text: { type: "string" },
                  kind: { type: "string", enum: ["pdf", "docx", "text"] },
                  fileName: { type: ["string", "null"] },
                  pages: { type: ["integer", "null"] },
                  chars: { type: "integer" },
                },
              },
            },
          },
        },
        "400": { description: "Unsupported, damaged or scanned file; too many pages; empty body; a form without its `file` part, with two, a field sent twice or a field that is not UTF-8" },
        "401": { description: "Authorization not provided" },
        "413": { description: "The file is larger than the limit" },
      },
    },
  };
  addJobTargetFormBody(paths);
}

/** POST /job-targets as a form: the JSON create's fields, the description read from a `file` part. */
function addJobTargetFormBody(paths: Record<string, unknown>): void {
  const content = (paths["/job-targets"] as { post?: { requestBody?: { content?: Record<string, unknown> } } } | undefined)?.post?.requestBody?.content;
  if (!content) return;
  content["multipart/form-data"] = {
    schema: {
      type: "object",
      required: ["title", "level", "file"],
      properties: {
        title: { type: "string", maxLength: 120 },
        company: { type: "string", maxLength: 120 },
        level: { type: "string", enum: [...LEVELS] },
        cv: { type: "string" },
        file: { type: "string", format: "binary", description: `The job description: PDF, DOCX or plain text, at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB; its text becomes \`description\`.` },
      },
    },
  };
}
