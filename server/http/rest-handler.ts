/**
 * The REST mirror of the tRPC procedures under /api/v1 (trpc-to-openapi), with the contract's
 * behaviour on top: 1 MiB body limit, malformed JSON → 400, the error body of api-v1.md,
 * success statuses from procedure metadata, headers set by procedures, optional CORS.
 */
import { appRouter } from "@/server/api/root";
import { procedureMeta } from "@/server/api/procedures";
import { createRequestContext, type TContext } from "@/server/api/trpc";
import { getEnv } from "@/server/env";
import { AppError, toAppError } from "@/server/errors";
import { logUnexpectedError } from "@/server/log-unexpected";
import { answerEventsPathId, handleAnswerEvents, headAnswerEvents } from "./answer-events";
import { errorResponse } from "./error-body";
import { methodNotAllowed } from "./path-routes";
import { isJobTargetForm, jobTargetFormAsJson } from "./job-target-form";
import { createOpenApiFetch, type TOpenApiInput } from "./openapi-fetch";
import { readBodyWithLimit } from "./read-body";
import { jobUploadRoute } from "./job-upload-route";
import { recordingRoute } from "./recording-routes";
import { retryAfterHeader } from "./retry-after";
import { textResponse } from "./text-response";
import { corsHeaders, preflightResponse } from "./cors";

export const REST_PREFIX = "/api/v1";

/** The adapter; the status and headers of a response come from the procedure's context and metadata. */
export function createRestOpenApiFetch(options: { lean?: boolean } = {}) {
  return createOpenApiFetch<TContext>({
    router: appRouter,
    endpoint: REST_PREFIX,
    responseMeta: ({ ctx, errors, paths }) => {
      const headers = { ...(ctx?.res.headers ?? {}) };
      const firstError = errors[0];
      if (firstError) return { status: toAppError(firstError).status, headers: { ...headers, ...retryAfterHeader(firstError) } };
      return { status: ctx?.res.status ?? procedureMeta(paths?.[0])?.successStatus ?? 200, headers };
    },
    ...options,
  });
}

/** The answer's event stream is read only. */
const EVENTS_METHODS = ["GET", "HEAD"] as const;

// Built once (building walks every procedure).
const openApiFetch = createRestOpenApiFetch();

export async function handleRestRequest(req: Request, requestId: string): Promise<Response> {
  const cors = corsHeaders(req, getEnv().CORS_ORIGINS);
  if (req.method === "OPTIONS") return preflightResponse(req, cors);
  // Server-sent events are not JSON: this one endpoint streams outside the OpenAPI adapter.
  // Its HEAD runs the GET's checks (id, caller, owner) and answers their status and headers, no stream.
  const eventsAnswerId = answerEventsPathId(req);
  if (eventsAnswerId !== null && req.method !== "GET" && req.method !== "HEAD") {
    return methodNotAllowed(EVENTS_METHODS, cors);
  }
  if (eventsAnswerId !== null) {
    const events = req.method === "HEAD" ? headAnswerEvents : handleAnswerEvents;
    return events(req, eventsAnswerId, cors).catch((error: unknown) => headless(req, failureResponse(error, requestId, cors)));
  }
  // Recordings' raw audio (upload, playback) and job-description files stream outside the adapter too.
  const raw = recordingRoute(req) ?? jobUploadRoute(req);
  if (raw) return raw(req).then(
    (response) => withHeaders(response, cors),
    (error: unknown) => failureResponse(error, requestId, cors),
  );

  // POST /job-targets as a multipart form with a `file` part: its text becomes the description of the JSON create.
  if (isJobTargetForm(req)) {
    let asJson: Request;
    try {
      asJson = await jobTargetFormAsJson(req);
    } catch (error) {
      return failureResponse(error, requestId, cors);
    }
    return handleJsonRequest(asJson, requestId, cors);
  }

  // HEAD answers what GET would, without the body (clients probe endpoints with it).
  if (req.method === "HEAD") {
    const asGet = await handleJsonRequest(new Request(req.url, { method: "GET", headers: req.headers, signal: req.signal }), requestId, cors);
    asGet.headers.delete("content-length");
    return new Response(null, { status: asGet.status, headers: asGet.headers });
  }
  return handleJsonRequest(req, requestId, cors);
}

async function handleJsonRequest(req: Request, requestId: string, cors: Record<string, string>): Promise<Response> {
  // Read the body ourselves, with the limit, and hand the adapter its text (no replayed request).
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const rawBody = hasBody ? await readBodyWithLimit(req) : undefined;
  if (rawBody?.trim()) assertJsonObjectBody(rawBody);
  // A POST with no body at all (POST /interviews/{id}/complete) means "no input", not "not JSON".
  const emptyBody = hasBody && !rawBody?.trim();
  let input: TOpenApiInput = { body: emptyBody ? "{}" : rawBody };
  if (emptyBody) {
    const headers = new Headers(req.headers);
    headers.set("content-type", "application/json");
    input.headers = headers;
  }
  if (req.method === "DELETE") input = { url: withBodyAsQuery(req.url, rawBody) };

  const { status, headers, body, error } = await openApiFetch(req, () => createRequestContext(req, { requestId, transport: "rest" }), input);

  for (const [key, value] of Object.entries(cors)) headers.set(key, value);
  if (error !== undefined || status >= 400) {
    headers.delete("content-length");
    headers.delete("content-type");
    return failureResponse(error, requestId, headers);
  }
  if (status === 204) return new Response(null, { status: 204, headers });
  return body === undefined ? new Response(null, { status, headers }) : textResponse(body, { status, headers });
}

/**
 * The contract's error response for what a request failed with. An unexpected error (500 INTERNAL) is
 * logged here with its cause, once: the lean path never reaches tRPC's errorFormatter, and the client's
 * body only says "something went wrong" with the request id to find this line by. 4xx are not errors of ours.
 */
function failureResponse(error: unknown, requestId: string, headers: HeadersInit): Response {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") logUnexpectedError(error, "unhandled error in REST request", { requestId });
  return errorResponse(appError, requestId, headers);
}

/**
 * The adapter reads DELETE input from the query string only, but the contract sends some
 * (DELETE /me {password}) as a JSON body. The body's fields become the input of this in-process
 * request; the URL is internal and never logged, so nothing secret reaches a log line.
 */
function withBodyAsQuery(url: string, body: string | undefined): string {
  // A secret in the URL ends up in proxies' access logs and browser history: DELETE input is a body.
  const sentInQuery = [...new Set(new URL(url).searchParams.keys())];
  if (sentInQuery.length > 0) {
    throw new AppError("VALIDATION_ERROR", `Invalid input — ${sentInQuery.join(", ")}: send it in the JSON body, not in the URL.`, {
      fields: Object.fromEntries(sentInQuery.map((key) => [key, "send it in the JSON body, not in the URL"])),
    });
  }
  if (!body?.trim()) return url;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AppError("VALIDATION_ERROR", "The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new AppError("VALIDATION_ERROR", "The request body must be a JSON object.");
  }
  const target = new URL(url);
  // Every DELETE body field is a string (DELETE /me {password}); anything else is named, never converted.
  const notStrings = Object.entries(parsed).filter(([, value]) => typeof value !== "string").map(([key]) => key);
  if (notStrings.length > 0) {
    throw new AppError("VALIDATION_ERROR", `Invalid input — ${notStrings.join(", ")}: expected a string.`, {
      fields: Object.fromEntries(notStrings.map((key) => [key, "expected a string"])),
    });
  }
  for (const [key, value] of Object.entries(parsed as Record<string, string>)) target.searchParams.set(key, value);
  return target.toString();
}

/**
 * Every procedure's input is an object, but the adapter spreads the body into one, so `null`,
 * `[]`, `42` or `"str"` would pass as an empty input (PATCH /me would "succeed" changing nothing).
 * A body must be a JSON object, also where the procedure takes no input (no 503 for a bad body).
 */
function assertJsonObjectBody(rawBody: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw new AppError("VALIDATION_ERROR", "The request body is not valid JSON.", { fields: { body: "must be valid JSON" } });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    const kind = parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
    throw new AppError("VALIDATION_ERROR", `The request body must be a JSON object, not ${kind}.`, { fields: { body: "must be a JSON object" } });
  }
}

/** A HEAD's error keeps the GET's status and headers, without the body. */
function headless(req: Request, response: Response): Response {
  if (req.method !== "HEAD") return response;
  response.headers.delete("content-length");
  return new Response(null, { status: response.status, headers: response.headers });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}
