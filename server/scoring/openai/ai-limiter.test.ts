import { describe, expect, it } from "vitest";
import { createAiLimiter } from "./ai-limiter";

describe("the AI limiter", () => {
  it("hands a released slot to a caller still waiting, not to one that gave up", async () => {
    const limiter = createAiLimiter(1);
    let release!: () => void;
    const holding = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const gaveUp = new AbortController();
    const abandoned = limiter.run(() => Promise.resolve("abandoned"), gaveUp.signal);
    let waitingRan = false;
    const waiting = limiter.run(async () => {
      waitingRan = true;
      return "waiting";
    });
    gaveUp.abort(new Error("deadline"));
    await expect(abandoned).rejects.toThrow("deadline");
    release();
    await holding;
    // Without a deadline of its own, the waiting caller would sleep for ever beside the free slot.
    const outcome = await Promise.race([waiting, new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500))]);
    expect(outcome).toBe("waiting");
    expect(waitingRan).toBe(true);
    expect(limiter.inFlight).toBe(0);
  });
});
