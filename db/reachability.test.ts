import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { createReachability, DatabaseUnreachableError, isConnectionRefusal, outcomeOf, PROBE_INTERVAL_MS } from "./reachability";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("reachability", () => {
  it("sends everything while the database is up", () => {
    const state = createReachability();
    expect(state.admit()).toEqual({ kind: "send" });
    state.report("unknown");
    state.report("reached");
    expect(state.down).toBe(false);
  });

  it("after a refusal, queries wait for the next probe; one probe at a time, the others share its outcome", async () => {
    const time = clock();
    const state = createReachability(time.now);
    state.report("refused");
    expect(state.down).toBe(true);
    expect(state.admit()).toEqual({ kind: "later", ms: PROBE_INTERVAL_MS });
    time.advance(PROBE_INTERVAL_MS - 100);
    expect(state.admit()).toEqual({ kind: "later", ms: 100 });

    time.advance(100);
    const probe = state.admit();
    if (probe.kind !== "send" || !probe.probe) throw new Error("expected a probe");
    const waiting = state.admit();
    if (waiting.kind !== "wait") throw new Error("expected to wait for the probe");
    state.report("refused", probe.probe);
    expect(await waiting.outcome).toBe(false);
    // The failed probe starts a new interval.
    expect(state.admit()).toEqual({ kind: "later", ms: PROBE_INTERVAL_MS });

    time.advance(PROBE_INTERVAL_MS);
    const second = state.admit();
    if (second.kind !== "send" || !second.probe) throw new Error("expected a second probe");
    const sharing = state.admit();
    if (sharing.kind !== "wait") throw new Error("expected to wait for the probe");
    state.report("reached", second.probe);
    expect(await sharing.outcome).toBe(true);
    expect(state.down).toBe(false);
    expect(state.admit()).toEqual({ kind: "send" });
  });

  it("a probe that says nothing certain (a timeout) keeps the database down; one hanging past 10 s no longer holds the others", () => {
    const time = clock();
    const state = createReachability(time.now);
    state.report("refused");
    time.advance(PROBE_INTERVAL_MS);
    const probe = state.admit();
    if (probe.kind !== "send" || !probe.probe) throw new Error("expected a probe");
    state.report("unknown", probe.probe);
    expect(state.down).toBe(true);
    expect(state.admit().kind).toBe("later");

    time.advance(PROBE_INTERVAL_MS);
    const hanging = state.admit();
    if (hanging.kind !== "send" || !hanging.probe) throw new Error("expected a probe");
    time.advance(5_000);
    expect(state.admit().kind).toBe("wait");
    time.advance(5_000);
    const next = state.admit();
    if (next.kind !== "send" || !next.probe) throw new Error("expected a new probe");
    // The stale probe's late answer does not end the new one.
    state.report("unknown", hanging.probe);
    expect(state.admit().kind).toBe("wait");
  });

  it("any query that reaches the server marks it up, probe or not", () => {
    const state = createReachability();
    state.report("refused");
    state.report("reached");
    expect(state.down).toBe(false);
  });
});

describe("what an error says about the database", () => {
  it("refusals: ECONNREFUSED, shutting down or starting up (57P01–57P03), wrapped or not, and our own fast refusal", () => {
    expect(isConnectionRefusal(refused)).toBe(true);
    expect(isConnectionRefusal(new Error("Failed query", { cause: Object.assign(new Error("starting up"), { code: "57P03" }) }))).toBe(true);
    expect(isConnectionRefusal(new DatabaseUnreachableError())).toBe(true);
    expect(new DatabaseUnreachableError().code).toBe("08001");
    expect(isConnectionRefusal(Object.assign(new Error("timeout"), { code: "CONNECT_TIMEOUT" }))).toBe(false);
    expect(isConnectionRefusal(undefined)).toBe(false);
  });

  it("the server's own error means it is there; a timeout or a cut connection means nothing certain", () => {
    expect(outcomeOf(refused)).toBe("refused");
    const serverError = new postgres.PostgresError({ code: "23505", message: "duplicate key" } as unknown as string);
    expect(outcomeOf(serverError)).toBe("reached");
    expect(outcomeOf(Object.assign(new Error("x"), { code: "CONNECTION_CLOSED" }))).toBe("unknown");
    expect(outcomeOf(Object.assign(new Error("x"), { code: "57014" }))).toBe("unknown");
  });
});
