import { describe, expect, expectTypeOf, it } from "vitest";
import { AppError } from "./errors";
import { errorBody } from "@/server/http/error-body";
import { appCodeOf, errorDetails, ERROR_STATUS } from "@/server/contracts/errors";

/** What the web app's tRPC client sees of a failed call: the errorFormatter's `data`. */
function trpcClientError(error: AppError) {
  return { message: error.message, data: { appCode: error.code, httpStatus: error.status, details: error.details ?? null } };
}

describe("typed error details", () => {
  const quota = new AppError("QUOTA_EXCEEDED", "Your Free plan includes 3 interviews per 30 days.", {
    limit: 3,
    used: 3,
    resetsAt: "2026-12-01T00:00:00.000Z",
    plan: "free",
  });

  it("narrows a QUOTA_EXCEEDED from a tRPC client error and from a REST error body alike", () => {
    for (const failure of [trpcClientError(quota), errorBody(quota, "req-1")]) {
      const details = errorDetails(failure, "QUOTA_EXCEEDED");
      expectTypeOf(details).toEqualTypeOf<{ limit: number; used: number; resetsAt: string | null; plan: string; [key: string]: unknown } | null>();
      expect(details).toMatchObject({ limit: 3, used: 3, resetsAt: "2026-12-01T00:00:00.000Z" });
      expect(appCodeOf(failure)).toBe("QUOTA_EXCEEDED");
    }
  });

  it("is null for another code, for details of another shape, and for errors that are not ours", () => {
    expect(errorDetails(trpcClientError(quota), "RATE_LIMITED")).toBeNull();
    expect(errorDetails({ data: { appCode: "QUOTA_EXCEEDED", details: { limit: "three" } } }, "QUOTA_EXCEEDED")).toBeNull();
    expect(errorDetails(new TypeError("Failed to fetch"), "QUOTA_EXCEEDED")).toBeNull();
    expect(appCodeOf(new TypeError("Failed to fetch"))).toBeNull();
    expect(appCodeOf({ data: { appCode: "NOT_A_CODE" } })).toBeNull();
  });

  it("tells a stale-version CONFLICT apart from the other conflicts by its reason", () => {
    const stale = new AppError("CONFLICT", "Answered elsewhere.", { reason: "stale_version", expectedVersion: 1, currentVersion: 2, current: null });
    const details = errorDetails(trpcClientError(stale), "CONFLICT");
    expect(details && "reason" in details && details.reason === "stale_version" ? details.currentVersion : null).toBe(2);
    expect(errorDetails(trpcClientError(new AppError("CONFLICT", "Busy.", { reason: "scoring_pending" })), "CONFLICT")).toEqual({ reason: "scoring_pending" });
  });

  it("treats a code without details as an empty details object", () => {
    expect(errorDetails(trpcClientError(new AppError("NOT_FOUND", "Interview not found.")), "NOT_FOUND")).toEqual({});
  });

  it("keeps one status per code, the one AppError answers with", () => {
    expect(quota.status).toBe(ERROR_STATUS.QUOTA_EXCEEDED);
    expect(new AppError("SERVICE_UNAVAILABLE", "Down.", { retryAfterSeconds: 5 }).status).toBe(503);
  });
});
