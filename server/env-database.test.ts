import { describe, expect, it } from "vitest";
import { ZEnvSchema } from "./env";

// The database pool's settings are read here, the one module that reads the environment (db/ takes them as arguments).
describe("database pool settings", () => {
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
