import { toAppError } from "@/server/errors";

/** RATE_LIMITED, QUOTA_EXCEEDED and SERVICE_UNAVAILABLE errors carry when to come back; HTTP says it with Retry-After. */
export function retryAfterHeader(error: unknown): Record<string, string> {
  const details = toAppError(error).details;
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds === "number" && seconds > 0) return { "Retry-After": String(Math.ceil(seconds)) };
  const resetsAt = typeof details?.resetsAt === "string" ? Date.parse(details.resetsAt) : NaN;
  if (Number.isFinite(resetsAt)) return { "Retry-After": String(Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000))) };
  return {};
}
