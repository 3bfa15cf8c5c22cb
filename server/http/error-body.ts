import { AppError } from "@/server/errors";

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
  const response = Response.json(errorBody(error, requestId), { status: error.status, headers });
  response.headers.set("x-request-id", requestId);
  return response;
}
