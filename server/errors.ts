/**
 * Errors are values with codes. Domain code throws AppError; one mapper (server/http/error-body.ts
 * for REST, the tRPC errorFormatter for the web app) turns it into a status and the contract's body.
 */
import { TRPCError } from "@trpc/server";
import { ERROR_STATUS, type TErrorCode, type TErrorDetails } from "@/server/contracts/errors";
import type { TErrorTextValues } from "@/server/contracts/error-text";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "./database-unavailable";
import { installIssueMessages } from "./validation/issue-messages";

// Input errors read "title: required", not Zod's "Invalid input: expected string, received undefined":
// installed here, where every server path that turns issues into a 400 already imports from.
installIssueMessages();

export { ERROR_STATUS, type TErrorCode, type TErrorDetails } from "@/server/contracts/errors";

/** `details` is typed per code (server/contracts/errors.ts), so what the server sends is what clients narrow to. */
export class AppError<C extends TErrorCode = TErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    public details?: TErrorDetails<C>,
  ) {
    super(message);
    this.name = "AppError";
  }

  /**
   * Names the `errors` catalog entry that says this message in the reader's language, with the values
   * it is built from (details.messageKey / messageValues, server/contracts/error-text.ts); the English
   * message stays for REST clients and logs.
   */
  withText(messageKey: string, messageValues?: TErrorTextValues): this {
    this.details = { ...this.details, messageKey, ...(messageValues ? { messageValues } : {}) } as TErrorDetails<C>;
    return this;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** tRPC's own codes for each app code, so the tRPC client sees a sensible HTTP status too. */
const TRPC_CODE: Record<TErrorCode, TRPCError["code"]> = {
  VALIDATION_ERROR: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_ALLOWED: "METHOD_NOT_SUPPORTED",
  CONFLICT: "CONFLICT",
  // tRPC has no 410; the web app reads the app code (GONE) from the error's data.
  GONE: "NOT_FOUND",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  // Only the raw audio routes raise it, outside tRPC; its nearest tRPC code.
  RANGE_NOT_SATISFIABLE: "BAD_REQUEST",
  // Raised by the HTTP server before any route (server/http/client-error.ts), never inside tRPC.
  HEADERS_TOO_LARGE: "BAD_REQUEST",
  REQUEST_TIMEOUT: "TIMEOUT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  QUOTA_EXCEEDED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
}

/** The reverse mapping, for errors tRPC raises itself (bad input, unknown procedure, parse errors). */
const APP_CODE: Partial<Record<TRPCError["code"], TErrorCode>> = {
  BAD_REQUEST: "VALIDATION_ERROR",
  PARSE_ERROR: "VALIDATION_ERROR",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_SUPPORTED: "METHOD_NOT_ALLOWED",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  // The contract has no 415: a body that is not JSON is a validation error like any other.
  UNSUPPORTED_MEDIA_TYPE: "VALIDATION_ERROR",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
}

function isZodLikeError(cause: unknown): cause is { issues: ZodLikeIssue[] } {
  return typeof cause === "object" && cause !== null && Array.isArray((cause as { issues?: unknown }).issues);
}

/** What a request gets while the database is unreachable: 503 and when to come back (Retry-After), never a 500. */
export function serviceUnavailable(): AppError {
  return new AppError("SERVICE_UNAVAILABLE", "The service is briefly unavailable. Please try again in a few seconds.", {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/** Turns anything thrown inside a procedure into an AppError (unknown errors become INTERNAL, no stack). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return serviceUnavailable();
  if (error instanceof TRPCError) {
    if (error.cause instanceof AppError) return error.cause;
    if (isZodLikeError(error.cause)) {
      const fields: Record<string, string> = {};
      for (const issue of error.cause.issues) {
        const key = issue.path.map(String).join(".") || "body";
        fields[key] ??= issue.message;
      }
      const summary = Object.entries(fields)
        .map(([field, message]) => `${field}: ${message}`)
        .join("; ");
      return new AppError("VALIDATION_ERROR", `Invalid input — ${summary}`, { fields });
    }
    const code = APP_CODE[error.code];
    if (error.code === "PARSE_ERROR") return new AppError("VALIDATION_ERROR", "The request body is not valid JSON.");
    if (error.code === "UNSUPPORTED_MEDIA_TYPE") {
      return new AppError("VALIDATION_ERROR", "Send the request body as JSON with Content-Type: application/json.");
    }
    if (code) return new AppError(code, error.message);
  }
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.");
}

/** "1 second", "30 seconds": the wait in a rate limit's message. */
export function secondsText(seconds: number): string {
  return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
}
