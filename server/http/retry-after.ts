import { toAppError } from "@/server/errors";

/** RATE_LIMITED, QUOTA_EXCEEDED and SERVICE_UNAVAILABLE errors carry when to come back; HTTP says it with Retry-After. */
export function retryAfterHeader(error: unknown): Record<string, string> {
  const appError = toAppError(error);
  const details = appError.code === "RATE_LIMITED" || appError.code === "QUOTA_EXCEEDED" || appError.code === "SERVICE_UNAVAILABLE" ? appError.details : undefined;
  const seconds = details && "retryAfterSeconds" in details ? details.retryAfterSeconds : undefined;
  if (typeof seconds === "number" && seconds > 0) return { "Retry-After": String(Math.ceil(seconds)) };
  const resetsAt = details && "resetsAt" in details && typeof details.resetsAt === "string" ? Date.parse(details.resetsAt) : NaN;
  if (Number.isFinite(resetsAt)) return { "Retry-After": String(Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000))) };
  return {};
}
