import { describe, expect, it } from "vitest";
import { createAiLimiter } from "@/server/scoring/openai/ai-limiter";
import { PM_INPUT as INPUT, withFakeOpenAi } from "@/test/helpers/openai-scorer-harness";
import { fakeModelOutput } from "@/test/scoring-fake-openai";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const harness = withFakeOpenAi();
const scorer = harness.scorer;

describe("one end-to-end deadline", () => {
  it("aborts a response whose headers arrived but whose body stalls, and falls back to the built-in", async () => {
    harness.fake().enqueue({ kind: "stall-body" });
    const started = Date.now();
    const { score, calls, fallbackReason } = await scorer({ timeoutMs: 600 }).scoreWithDetails(INPUT);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2_000);
    expect(calls.map((c) => c.outcome)).toEqual(["timeout"]);
    expect(score.flags).toContain("ai_fallback");
    expect(score.scoredBy.provider).toBe("builtin");
    expect(fallbackReason).toMatch(/deadline/);
  });

  it("stops retrying when the deadline leaves no time for the next call", async () => {
    // Invalid output is the one failure retried in-process; its backoff here outlasts the deadline.
    harness.fake().enqueue({ kind: "completion", content: "not json" }, { kind: "completion", content: fakeModelOutput("product_management", 8) });
    const started = Date.now();
    const { fallbackReason } = await scorer({ timeoutMs: 500, retryBaseDelayMs: 5_000, retryMaxDelayMs: 10_000 }).scoreWithDetails(INPUT);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(harness.fake().requests).toHaveLength(1);
    expect(fallbackReason).toMatch(/deadline/);
  });
});

describe("the double check", () => {
  it("runs its two grades at the same time", async () => {
    harness.fake().enqueue(
      { kind: "completion", content: fakeModelOutput("product_management", 8), delayMs: 400 },
      { kind: "completion", content: fakeModelOutput("product_management", 6), delayMs: 400 },
    );
    const started = Date.now();
    const { score } = await scorer({ doubleCheck: true }).scoreWithDetails(INPUT);
    const elapsed = Date.now() - started;
    const [a, b] = harness.fake().requests;
    // The second call reached the server before the first was answered: they overlapped.
    expect(b!.receivedAt).toBeLessThan(a!.answeredAt!);
    expect(elapsed).toBeLessThan(800);
    expect(score.total).toBe(70);
  });
});

describe("the AI limiter", () => {
  it("never runs more calls at once than its cap", async () => {
    const limiter = createAiLimiter(2);
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        limiter.run(async () => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await sleep(30);
          inFlight -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it("holds every caller after a 429 with Retry-After, and the deadline still applies while waiting", async () => {
    const limiter = createAiLimiter(4);
    harness.fake().enqueue(
      { kind: "error", status: 429, code: "rate_limit_exceeded", headers: { "retry-after": "1" } },
      { kind: "completion", content: fakeModelOutput("product_management", 8) },
    );
    // The first scorer is told to wait 1 s: it falls back at once (provider down), and the pause holds everyone.
    const first = await scorer({ limiter }).scoreWithDetails(INPUT);
    expect(first.providerDown).toBe(true);
    // The second, with a 300 ms deadline, must not call meanwhile.
    const second = await scorer({ limiter, timeoutMs: 300 }).scoreWithDetails(INPUT);
    expect(second.calls).toEqual([expect.objectContaining({ outcome: "timeout" })]);
    expect(harness.fake().requests).toHaveLength(1);
    // The third waits out the rest of the pause, then calls.
    const third = await scorer({ limiter, timeoutMs: 3_000 }).scoreWithDetails(INPUT);
    expect(third.score.total).toBe(80);
    expect(harness.fake().requests[1]!.receivedAt - harness.fake().requests[0]!.receivedAt).toBeGreaterThanOrEqual(950);
  });
});
