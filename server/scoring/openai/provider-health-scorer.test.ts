import { describe, expect, it } from "vitest";
import { createAiLimiter } from "@/server/scoring/openai/ai-limiter";
import { createProviderHealth } from "@/server/scoring/openai/provider-health";
import { PM_INPUT as INPUT, withFakeOpenAi } from "@/test/helpers/openai-scorer-harness";
import { fakeModelOutput } from "@/test/scoring-fake-openai";

const harness = withFakeOpenAi();

/** A health window on a clock the test moves; the scorer keeps real time for its deadline. */
function clockedHealth() {
  let clock = 0;
  const health = createProviderHealth({ now: () => clock, firstWindowMs: 30_000 });
  return { health, advance: (ms: number) => (clock += ms) };
}

describe("the scorer behind a provider health window", () => {
  it("after one stalled call, the next answers get the built-in score at once without reaching the provider; a probe brings AI scoring back", async () => {
    const { health, advance } = clockedHealth();
    const scorer = harness.scorer({ health, timeoutMs: 600 });
    harness.fake().enqueue({ kind: "stall-body" });
    const stalled = await scorer.scoreWithDetails(INPUT);
    expect(stalled).toMatchObject({ providerDown: true, fallbackReason: expect.stringMatching(/deadline/) });
    expect(health.state).toBe("open");

    // Answers queued behind it: no deadline each, no call.
    const started = Date.now();
    const next = await Promise.all(Array.from({ length: 5 }, () => scorer.scoreWithDetails(INPUT)));
    expect(Date.now() - started).toBeLessThan(500);
    for (const result of next) {
      expect(result).toMatchObject({ providerDown: true, calls: [], fallbackReason: expect.stringMatching(/AI provider is down, not called \(the model did not answer in time/) });
      expect(result.score.scoredBy.provider).toBe("builtin");
      expect(result.score.flags).toContain("ai_fallback");
    }
    expect(harness.fake().requests).toHaveLength(1);

    // The window ends: one probe reaches the provider, which answers; AI scoring resumes.
    advance(30_000);
    harness.fake().enqueue({ kind: "completion", content: fakeModelOutput("product_management", 8) }, { kind: "completion", content: fakeModelOutput("product_management", 7) });
    const probe = await scorer.scoreWithDetails(INPUT);
    expect(probe.fallbackReason).toBeUndefined();
    expect(probe.score).toMatchObject({ total: 80, scoredBy: { provider: "openai" } });
    expect(health.state).toBe("closed");
    expect((await scorer.scoreWithDetails(INPUT)).score.total).toBe(70);
    expect(harness.fake().requests).toHaveLength(3);
  });

  it("sends one probe at a time: while it stalls, the others are answered at once; its failure keeps the window shut", async () => {
    const { health, advance } = clockedHealth();
    const scorer = harness.scorer({ health, timeoutMs: 600 });
    harness.fake().enqueue({ kind: "error", status: 503 });
    await scorer.scoreWithDetails(INPUT);
    expect(health.state).toBe("open");

    advance(30_000);
    harness.fake().enqueue({ kind: "stall-body" });
    const probe = scorer.scoreWithDetails(INPUT);
    const started = Date.now();
    const other = await scorer.scoreWithDetails(INPUT);
    expect(Date.now() - started).toBeLessThan(300);
    expect(other).toMatchObject({ calls: [], providerDown: true, fallbackReason: expect.stringMatching(/once the current probe ends/) });
    expect((await probe).calls.map((call) => call.outcome)).toEqual(["timeout"]);
    expect(health.state).toBe("open");
    expect(harness.fake().requests).toHaveLength(2);
  });

  it("a 400 caused by our own request, or unusable output, does not open the window: the provider answered", async () => {
    const { health } = clockedHealth();
    const scorer = harness.scorer({ health, maxRetries: 0 });
    harness.fake().enqueue(
      { kind: "error", status: 400, code: "invalid_request_error", message: "bad request" },
      { kind: "completion", content: "not json" },
      { kind: "completion", content: fakeModelOutput("product_management", 6) },
    );
    expect(await scorer.scoreWithDetails(INPUT)).toMatchObject({ providerDown: false, fallbackReason: expect.stringMatching(/HTTP 400/) });
    expect(health.state).toBe("closed");
    expect(await scorer.scoreWithDetails(INPUT)).toMatchObject({ providerDown: false, fallbackReason: expect.stringMatching(/invalid model output/) });
    expect(health.state).toBe("closed");
    expect((await scorer.scoreWithDetails(INPUT)).score.total).toBe(60);
    expect(harness.fake().requests).toHaveLength(3);
  });

  it("with the double check, one grade answered is enough to keep the provider up", async () => {
    const { health } = clockedHealth();
    const scorer = harness.scorer({ health, doubleCheck: true, timeoutMs: 600 });
    harness.fake().enqueue({ kind: "completion", content: fakeModelOutput("product_management", 8) }, { kind: "stall-body" });
    const result = await scorer.scoreWithDetails(INPUT);
    expect(result.score.scoredBy.provider).toBe("openai");
    expect(health.state).toBe("closed");
  });
  it("a call that timed out waiting for our own limiter's slot, never sent, does not open the window", async () => {
    const { health } = clockedHealth();
    const limiter = createAiLimiter(1);
    // One slot: the slow scorer holds it (the provider answers in 1 s, within its 3 s deadline) while the
    // other's 300 ms deadline runs out in the queue. Only the provider's own failures say it is down.
    const slow = harness.scorer({ health, limiter, timeoutMs: 3000 });
    const hurried = harness.scorer({ health, limiter, timeoutMs: 300 });
    harness.fake().enqueue({ kind: "completion", content: fakeModelOutput("product_management", 8), delayMs: 1000 });
    const holding = slow.scoreWithDetails(INPUT);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const queued = await hurried.scoreWithDetails(INPUT);
    expect(queued.score.scoredBy.provider).toBe("builtin");
    expect(harness.fake().requests).toHaveLength(1);
    expect(health.state).toBe("closed");
    expect((await holding).score).toMatchObject({ total: 80, scoredBy: { provider: "openai" } });
  });
});
