import { describe, expect, it } from "vitest";
import { allWithin, errorReason, outageVerdict, signupVerdict, spread, summarizeOutage, type OutageRequest } from "./faults-verdicts";

describe("spread", () => {
  it("gives nearest-rank p50 and p95 and the max", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(spread(values)).toEqual({ count: 100, p50: 50, p95: 95, max: 100 });
  });

  it("is NaN for no values, not a crash", () => {
    const empty = spread([]);
    expect(empty.count).toBe(0);
    expect(empty.p95).toBeNaN();
    expect(empty.max).toBeNaN();
  });
});

describe("sign-up verdict", () => {
  const fast = Array.from({ length: 20 }, () => 1_000);

  it("passes when every acknowledged email arrived and p95 is within 10 s", () => {
    expect(signupVerdict({ acknowledged: 20, arrivedMs: fast, refused: 0 }).pass).toBe(true);
  });

  it("fails on one missing email, a refused sign-up, or a slow p95", () => {
    expect(signupVerdict({ acknowledged: 21, arrivedMs: fast, refused: 0 }).pass).toBe(false);
    expect(signupVerdict({ acknowledged: 20, arrivedMs: fast, refused: 1 }).pass).toBe(false);
    const slow = [...fast.slice(0, 18), 10_001, 10_001];
    expect(signupVerdict({ acknowledged: 20, arrivedMs: slow, refused: 0 }).pass).toBe(false);
  });

  it("lets the slowest 5% be late: the target is p95", () => {
    expect(signupVerdict({ acknowledged: 20, arrivedMs: [...fast.slice(0, 19), 30_000], refused: 0 }).pass).toBe(true);
  });

  it("fails when nothing was acknowledged", () => {
    expect(signupVerdict({ acknowledged: 0, arrivedMs: [], refused: 0 }).pass).toBe(false);
  });
});

describe("all within a limit", () => {
  const base = { scenario: "submits" as const, target: "t", limitMs: 10_000 };

  it("passes only when every submitted answer became visible within the limit", () => {
    expect(allWithin({ ...base, submitted: 3, visibleMs: [1, 2, 10_000] }).pass).toBe(true);
    expect(allWithin({ ...base, submitted: 3, visibleMs: [1, 2, 10_001] }).pass).toBe(false);
    const missing = allWithin({ ...base, submitted: 3, visibleMs: [1, 2] });
    expect(missing.pass).toBe(false);
    expect(missing.measured).toContain("1 never visible");
  });

  it("fails when nothing was measured (e.g. no job held at a kill)", () => {
    expect(allWithin({ ...base, submitted: 0, visibleMs: [] }).pass).toBe(false);
  });
});

describe("database outage", () => {
  const window = { stoppedAt: 10_000, backAt: 30_000 };
  const request = (at: number, status: number, overrides: Partial<OutageRequest> = {}): OutageRequest => ({ at, ms: 50, status, retryAfter: status === 503, kind: "GET /questions", ...overrides });
  const healthy = [request(5_000, 200), request(12_000, 503), request(20_000, 503), request(31_000, 503), request(33_000, 200)];

  it("passes with fast 503 + Retry-After while stopped and successes afterwards; recovery is measured from the restart", () => {
    const summary = summarizeOutage(healthy, window);
    expect(summary.during).toBe(2);
    expect(summary.recoveryMs).toBe(1_000);
    expect(summary.allKindsBack).toBe(true);
    expect(outageVerdict(summary, 20_000, 1).pass).toBe(true);
  });

  it("fails on a 500, on no answer, on a 503 without Retry-After, and on a wait over 5 s", () => {
    for (const bad of [request(15_000, 500), request(15_000, 0), request(15_000, 503, { retryAfter: false }), request(15_000, 503, { ms: 5_001 })]) {
      expect(outageVerdict(summarizeOutage([...healthy, bad], window), 20_000, 1).pass).toBe(false);
    }
  });

  it("fails when a kind of request never succeeds again after the database is back", () => {
    const summary = summarizeOutage([...healthy, request(5_000, 200, { kind: "POST /auth/token" }), request(35_000, 503, { kind: "POST /auth/token" })], window);
    expect(summary.allKindsBack).toBe(false);
    expect(outageVerdict(summary, 20_000, 1).pass).toBe(false);
  });

  it("fails when no request happened while the database was stopped", () => {
    expect(outageVerdict(summarizeOutage([request(5_000, 200), request(33_000, 200)], window), 20_000, 1).pass).toBe(false);
  });
});

describe("error reasons", () => {
  it("reads the message of a REST or a tRPC error body, else the client-side reason", () => {
    expect(errorReason('{"error":{"code":"SERVICE_UNAVAILABLE","message":"The database is unavailable"}}')).toBe("The database is unavailable");
    expect(errorReason('{"error":{"json":{"message":"Too many sign-ins at once.","code":-32603}}}')).toBe("Too many sign-ins at once.");
    expect(errorReason("timeout")).toBe("timeout");
  });
});
