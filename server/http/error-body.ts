import { AppError } from "@/server/errors";
import { retryAfterHeader } from "./retry-after";
import { jsonResponse } from "./text-response";

/** The contract's error body: `{ error: { code, message, details? }, requestId }`. */
export function errorBody(error: AppError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
    requestId,
  };
}

export function errorResponse(error: AppError, requestId: string, headers: HeadersInit = {}): Response {
  const response = jsonResponse(errorBody(error, requestId), { status: error.status, headers });
  response.headers.set("x-request-id", requestId);
  // An error that says when to come back (429, 503) says it in Retry-After too, whichever path raised it.
  for (const [name, value] of Object.entries(retryAfterHeader(error))) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}
