import { describe, expect, it } from "vitest";
import { ZEnvSchema } from "@/server/env";
import { defaultPoolMax } from "./pool-size";

describe("pool size", () => {
  it("defaults to a few connections per core, bounded so every process's pool fits max_connections", () => {
    expect(defaultPoolMax(1)).toBe(16);
    expect(defaultPoolMax(2)).toBe(16);
    expect(defaultPoolMax(4)).toBe(24);
    expect(defaultPoolMax(8)).toBe(32);
    expect(defaultPoolMax(64)).toBe(32);
    expect(defaultPoolMax(0)).toBe(16);
  });

  it("DB_POOL_MAX and DB_ACQUIRE_TIMEOUT_MS are validated, with the problem named", () => {
    expect(ZEnvSchema.parse({ DB_POOL_MAX: "24" }).DB_POOL_MAX).toBe(24);
    expect(ZEnvSchema.parse({}).DB_POOL_MAX).toBeUndefined();
    expect(ZEnvSchema.parse({}).DB_ACQUIRE_TIMEOUT_MS).toBe(4000);
    for (const bad of ["0", "201", "2.5", "many"]) {
      const result = ZEnvSchema.safeParse({ DB_POOL_MAX: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/whole number from 1 to 200/);
    }
    expect(ZEnvSchema.safeParse({ DB_ACQUIRE_TIMEOUT_MS: "50" }).error?.issues[0]?.message).toMatch(/between 100 and 30000 ms/);
  });
});
