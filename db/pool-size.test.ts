import { describe, expect, it } from "vitest";
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
});
