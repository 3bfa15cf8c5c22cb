import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getEnv } from "@/server/env";
import { metrics } from "@/server/metrics/registry";
import { scoringEngine } from "@/server/scoring/service/engine";
import { PM_INPUT } from "@/test/helpers/openai-scorer-harness";
import { fakeModelOutput, startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";

let fake: TFakeOpenAi;
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

async function metricValue(name: string): Promise<number> {
  const metric = (await metrics().registry.getMetricsAsJSON()).find((entry) => entry.name === name);
  return metric?.values[0]?.value ?? 0;
}

describe("the scoring engine of this process", () => {
  it("keeps one provider health window: after a stall the next scorings skip the provider, counted in the metrics", async () => {
    // A base URL of its own: a fresh engine (scoringEngine caches one per configuration).
    const engine = scoringEngine({ ...getEnv(), OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: fake.baseURL, AI_DOUBLE_CHECK: false, AI_TIMEOUT_MS: 1_000 });
    expect(engine.provider).toBe("openai");
    const skippedBefore = await metricValue("rehearse_ai_provider_short_circuits_total");

    fake.enqueue({ kind: "stall-body" }, { kind: "completion", content: fakeModelOutput("product_management", 8) });
    expect(await engine.score(PM_INPUT)).toMatchObject({ providerDown: true, fallbackReason: expect.stringMatching(/deadline/) });
    expect(await metricValue("rehearse_ai_provider_down")).toBe(1);

    const started = Date.now();
    const next = await engine.score(PM_INPUT);
    expect(Date.now() - started).toBeLessThan(500);
    expect(next).toMatchObject({ providerDown: true, calls: [], fallbackReason: expect.stringMatching(/not called/) });
    expect(fake.requests).toHaveLength(1);
    expect(await metricValue("rehearse_ai_provider_short_circuits_total")).toBe(skippedBefore + 1);
    // The same engine (and window) for the same configuration: the next job of this process.
    expect(scoringEngine({ ...getEnv(), OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: fake.baseURL, AI_DOUBLE_CHECK: false, AI_TIMEOUT_MS: 1_000 })).toBe(engine);
  });
});
