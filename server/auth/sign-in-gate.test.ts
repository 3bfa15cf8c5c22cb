import { describe, expect, it } from "vitest";
import { toAppError } from "@/server/errors";
import { DatabaseUnreachableError, isConnectionRefusal } from "@/db/reachability";
import { createGate } from "./sign-in-gate";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("sign-in gate", () => {
  it("runs at most `concurrency` at once; the rest wait (holding nothing) and run in arrival order", async () => {
    const gate = createGate(2, 5_000);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const work = (n: number) =>
      gate.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        order.push(n);
        await sleep(50);
        running -= 1;
        return n;
      });
    const results = await Promise.all([1, 2, 3, 4, 5].map(work));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(gate.inFlight).toBe(0);
    expect(gate.waiting).toBe(0);
  });

  it("refuses a sign-in that cannot start in time with 503 SERVICE_UNAVAILABLE and a retry time, and frees its place", async () => {
    const gate = createGate(1, 100);
    let release: () => void = () => {};
    const holding = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    const refused = await gate.run(async () => null).catch((error: unknown) => toAppError(error));
    if (refused === null) throw new Error("expected the gate to refuse");
    expect(refused.code).toBe("SERVICE_UNAVAILABLE");
    expect(refused.details).toMatchObject({ retryAfterSeconds: 5 });
    expect(gate.waiting).toBe(0);
    release();
    await holding;
    // A failed piece of work frees its place too.
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("refuses the queued sign-ins at once when one fails because the database refuses connections", async () => {
    const gate = createGate(1, 10_000, isConnectionRefusal);
    let fail: (error: Error) => void = () => {};
    const first = gate.run(() => new Promise((_, reject) => (fail = reject))).catch((error: unknown) => error);
    const started = Date.now();
    const queued = [gate.run(async () => "ran"), gate.run(async () => "ran")].map((run) => run.catch((error: unknown) => toAppError(error)));
    expect(gate.waiting).toBe(2);
    await sleep(10); // the first piece of work has started
    fail(new Error("Failed query", { cause: new DatabaseUnreachableError() }));
    expect(await first).toBeInstanceOf(Error);
    for (const refused of await Promise.all(queued)) {
      if (typeof refused === "string") throw new Error("expected the queued sign-in to be refused");
      expect(refused.code).toBe("SERVICE_UNAVAILABLE");
      expect(refused.details).toMatchObject({ retryAfterSeconds: 5 });
    }
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(gate.waiting).toBe(0);
    expect(gate.inFlight).toBe(0);
    // Any other failure leaves the queue alone.
    let failOther: (error: Error) => void = () => {};
    const other = gate.run(() => new Promise((_, reject) => (failOther = reject))).catch(() => null);
    const next = gate.run(async () => "ran");
    await sleep(10);
    failOther(new Error("wrong password"));
    await other;
    expect(await next).toBe("ran");
  });
});
