import { describe, expect, it } from "vitest";
import { createProviderHealth, type TAdmission, type TProviderHealthEvent } from "@/server/scoring/openai/provider-health";

const DOWN = { kind: "down", reason: "the model did not answer in time" } as const;

function setup() {
  let clock = 1_000_000;
  const events: TProviderHealthEvent[] = [];
  const health = createProviderHealth({ now: () => clock, firstWindowMs: 30_000, maxWindowMs: 120_000, onEvent: (event) => events.push(event) });
  return {
    health,
    events,
    opened: () => events.filter((e) => e.kind !== "short_circuited"),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

function admitted(admission: TAdmission): Extract<TAdmission, { call: true }> {
  if (!admission.call) throw new Error(`expected a call, got: ${admission.reason}`);
  return admission;
}

describe("the provider health window", () => {
  it("after a failure, refuses calls for the window with the reason, then lets one probe through; its success closes the window", () => {
    const { health, events, opened, advance } = setup();
    admitted(health.admit()).report(DOWN);
    expect(health.state).toBe("open");

    advance(29_999);
    const refused = health.admit();
    expect(refused.call).toBe(false);
    if (!refused.call) expect(refused.reason).toMatch(/down, not called \(the model did not answer in time\); it is tried again in 1 s/);

    advance(1);
    const probe = admitted(health.admit());
    expect(probe.probe).toBe(true);
    expect(health.state).toBe("half_open");
    // At most one probe at a time.
    expect(health.admit()).toMatchObject({ call: false, reason: expect.stringMatching(/once the current probe ends/) });

    probe.report({ kind: "up" });
    expect(health.state).toBe("closed");
    expect(admitted(health.admit()).probe).toBe(false);
    // One event per change, however many answers were refused.
    expect(opened()).toEqual([
      { kind: "opened", windowMs: 30_000, reason: DOWN.reason, afterProbe: false },
      { kind: "closed", downForMs: 30_000 },
    ]);
    expect(events.filter((e) => e.kind === "short_circuited")).toHaveLength(2);
  });

  it("doubles the window each time a probe fails, up to the cap, and starts again from the first after a success", () => {
    const { health, opened, advance } = setup();
    admitted(health.admit()).report(DOWN);
    for (const expected of [60_000, 120_000, 120_000]) {
      advance(200_000);
      admitted(health.admit()).report(DOWN);
      expect(opened().at(-1)).toEqual({ kind: "opened", windowMs: expected, reason: DOWN.reason, afterProbe: true });
    }
    advance(200_000);
    admitted(health.admit()).report({ kind: "up" });
    admitted(health.admit()).report(DOWN);
    expect(opened().at(-1)).toMatchObject({ kind: "opened", windowMs: 30_000, afterProbe: false });
  });

  it("does not lengthen the window for calls that started before it opened, and their success closes it", () => {
    const { health, opened, advance } = setup();
    const inFlight = [admitted(health.admit()), admitted(health.admit()), admitted(health.admit())];
    inFlight[0]!.report(DOWN);
    advance(5_000);
    inFlight[1]!.report(DOWN);
    expect(opened()).toHaveLength(1);
    advance(30_000);
    const probe = admitted(health.admit());
    // An old failure arriving while the probe is out neither reopens the window nor frees a second probe.
    inFlight[2]!.report(DOWN);
    expect(health.state).toBe("half_open");
    expect(health.admit().call).toBe(false);
    probe.report({ kind: "up" });
    expect(health.state).toBe("closed");

    // A success from a call that started before the window opened: the provider answers, so it is up.
    const slow = admitted(health.admit());
    admitted(health.admit()).report(DOWN);
    slow.report({ kind: "up" });
    expect(health.state).toBe("closed");
  });

  it("lets another scoring probe when the probe learned nothing, and ignores a second report", () => {
    const { health, advance } = setup();
    admitted(health.admit()).report(DOWN);
    advance(30_000);
    const probe = admitted(health.admit());
    probe.report({ kind: "unknown" });
    probe.report(DOWN);
    expect(health.state).toBe("half_open");
    expect(admitted(health.admit()).probe).toBe(true);
  });

  it("a scoring that learned nothing while the provider is up opens nothing", () => {
    const { health, opened } = setup();
    admitted(health.admit()).report({ kind: "unknown" });
    expect(health.state).toBe("closed");
    expect(opened()).toEqual([]);
  });
});
