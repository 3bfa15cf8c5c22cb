/**
 * POST /api/v1/job-targets as multipart/form-data: api-v1.md takes `{title, company?, level,
 * description}` "(or multipart with `file`)". The form's `file` is read as POST /job-targets/upload
 * reads it (capped while it streams, counted against the same uploads per user and hour, parsed in
 * the parse worker); its text becomes the description, and the request goes on as the JSON create
 * it stands for, through the same procedure, validation and response.
 */
import { TRPCError } from "@trpc/server";
import { MAX_UPLOAD_BYTES, ZJobTargetFormSchema } from "@/server/contracts/job-targets";
import { getDb } from "@/server/db";
import { AppError, secondsText, toAppError } from "@/server/errors";
import { extractUploadText } from "@/server/job-targets/extract-text";
import { consumeRateLimit } from "@/server/rate-limit/fixed-window";
import { JOB_UPLOADS_PER_USER } from "./job-upload-route";
import { isMultipart, readMultipartFile } from "./multipart-file";
import { requestUser } from "./request-user";

const JOB_TARGETS_PATH = /^\/api\/v1\/job-targets\/?$/;

/** The form fields a job target takes beside the file, checked before the file is parsed (the costly part). */
const ZFormFieldsSchema = ZJobTargetFormSchema.pick({ title: true, company: true, level: true, cv: true });

export function isJobTargetForm(req: Request): boolean {
  return req.method === "POST" && isMultipart(req) && JOB_TARGETS_PATH.test(new URL(req.url).pathname);
}

/** The JSON request the form stands for (same URL, headers and signal), for the REST handler to run. */
export async function jobTargetFormAsJson(req: Request): Promise<Request> {
  const user = await requestUser(req, { action: "create a job target", changes: true });
  const limit = await consumeRateLimit(getDb(), { key: `job-upload:${user.id}`, ...JOB_UPLOADS_PER_USER });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many uploads. Try again in ${secondsText(limit.retryAfterSeconds)}.`, { retryAfterSeconds: limit.retryAfterSeconds, resetsAt: limit.resetAt.toISOString() });
  }
  const file = await readMultipartFile(req, { field: "file", maxFileBytes: MAX_UPLOAD_BYTES });
  const form = ZFormFieldsSchema.safeParse(file.fields);
  if (!form.success) throw toAppError(new TRPCError({ code: "BAD_REQUEST", cause: form.error }));
  const extracted = await extractUploadText(file.bytes, file.fileName);
  const kind = extracted.kind === "text" ? "pasted" : extracted.kind;
  const body = { ...form.data, description: extracted.text, sources: [{ field: "description", kind, fileName: extracted.fileName }] };
  const headers = new Headers(req.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Request(req.url, { method: "POST", headers, body: JSON.stringify(body), signal: req.signal });
}
