/**
 * New password hashes run at most HASH_CONCURRENCY at once per process, so a burst of sign-ups does
 * not fill libuv's thread pool (4 threads) that sign-in checks and file reads share. Counted with a
 * pass-through wrapper around the real argon2 `hash`.
 */
import { describe, expect, it, vi } from "vitest";
import { testPassword } from "@/test/secret-marker";
import { HASH_CONCURRENCY, hashPassword, verifyPassword } from "./password-hash";

const counts = vi.hoisted(() => ({ running: 0, peak: 0, failNext: 0 }));

vi.mock("@node-rs/argon2", async (importOriginal) => {
  const original = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...original,
    hash: async (...args: Parameters<typeof original.hash>) => {
      counts.running += 1;
      counts.peak = Math.max(counts.peak, counts.running);
      try {
        if (counts.failNext > 0) {
          counts.failNext -= 1;
          throw new Error("argon2 failed");
        }
        return await original.hash(...args);
      } finally {
        counts.running -= 1;
      }
    },
  };
});

describe("hashPassword's slots", () => {
  it("runs at most HASH_CONCURRENCY hashes at once; the rest wait their turn and all finish", async () => {
    counts.peak = 0;
    const hashes = await Promise.all(Array.from({ length: 8 }, (_, i) => hashPassword(testPassword(`slots-${i}`))));
    expect(HASH_CONCURRENCY).toBeLessThan(4);
    expect(counts.peak).toBe(HASH_CONCURRENCY);
    expect(new Set(hashes).size).toBe(8);
    await expect(verifyPassword(hashes[3]!, testPassword("slots-3"))).resolves.toBe(true);
  });

  it("a sign-in's verify does not wait behind a burst of sign-up hashes", async () => {
    const stored = await hashPassword(testPassword("burst-right"));
    let hashed = 0;
    const burst = Array.from({ length: 24 }, (_, i) => hashPassword(testPassword(`burst-${i}`)).then(() => (hashed += 1)));
    await expect(verifyPassword(stored, testPassword("burst-right"))).resolves.toBe(true);
    // Without the slots all 24 hashes sit in libuv's queue ahead of the verify, which then finishes after ~21 of them.
    expect(hashed).toBeLessThan(8);
    await Promise.all(burst);
  });

  it("a hash that fails gives its slot back", async () => {
    counts.failNext = HASH_CONCURRENCY + 1;
    const failing = Array.from({ length: HASH_CONCURRENCY + 1 }, (_, i) => hashPassword(testPassword(`fail-${i}`)));
    for (const attempt of failing) await expect(attempt).rejects.toThrow("argon2 failed");
    // A leaked slot would leave this waiting forever (the test times out).
    counts.peak = 0;
    await Promise.all(Array.from({ length: 4 }, (_, i) => hashPassword(testPassword(`after-${i}`))));
    expect(counts.peak).toBe(HASH_CONCURRENCY);
  });
});
