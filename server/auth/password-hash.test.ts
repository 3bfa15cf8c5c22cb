import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { TEST_SECRET_MARKER, testPassword } from "@/test/secret-marker";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./password-hash";
import { PASSWORD_MAX } from "@/server/contracts/vocabulary/passwords";

const overLong = `${TEST_SECRET_MARKER}-`.padEnd(PASSWORD_MAX + 1, "x");
// Far over the limit: if it were hashed it would still be quick, so the timing bound below is about skipping work.
const hugeInput = `${TEST_SECRET_MARKER}-`.padEnd(1_000_000, "x");

describe("hashPassword / verifyPassword", () => {
  it("produces an argon2id PHC string with m=19456, t=2, p=1 and a fresh salt each time", async () => {
    const first = await hashPassword(testPassword());
    const second = await hashPassword(testPassword());
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
    expect(needsRehash(first)).toBe(false);
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword(testPassword("right"));
    await expect(verifyPassword(stored, testPassword("right"))).resolves.toBe(true);
    await expect(verifyPassword(stored, testPassword("wrong"))).resolves.toBe(false);
  });

  it("accepts any characters, counted in code points", async () => {
    const emojiPassword = `${TEST_SECRET_MARKER}🔑`.padEnd(PASSWORD_MAX - 10, "é");
    const stored = await hashPassword(emojiPassword);
    await expect(verifyPassword(stored, emojiPassword)).resolves.toBe(true);
  });

  it("returns false, not an error, for a malformed stored hash", async () => {
    for (const malformed of ["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$short", "$2b$10$abcdefghijklmnopqrstuv"]) {
      await expect(verifyPassword(malformed, testPassword())).resolves.toBe(false);
    }
  });

  it("refuses an over-long password with VALIDATION_ERROR before hashing", async () => {
    const started = performance.now();
    const error = await hashPassword(hugeInput).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(50);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_ERROR");
    await expect(hashPassword(overLong)).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("answers false for an over-long password without hashing", async () => {
    const stored = await hashPassword(testPassword());
    const started = performance.now();
    await expect(verifyPassword(stored, hugeInput)).resolves.toBe(false);
    await expect(verifyPassword(stored, overLong)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("verifyAgainstDummy", () => {
  it("always returns false", async () => {
    await expect(verifyAgainstDummy(testPassword())).resolves.toBe(false);
    await expect(verifyAgainstDummy(overLong)).resolves.toBe(false);
  });

  it("takes about as long as a real verification once the dummy hash exists", async () => {
    await verifyAgainstDummy(testPassword("warm-up"));
    const stored = await hashPassword(testPassword());
    const timeOf = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      for (let round = 0; round < 3; round += 1) await work();
      return performance.now() - started;
    };
    const real = await timeOf(() => verifyPassword(stored, testPassword("wrong")));
    const dummy = await timeOf(() => verifyAgainstDummy(testPassword("wrong")));
    // Loose bounds because test machines are noisy; a skipped hash would be hundreds of times faster.
    expect(dummy).toBeGreaterThan(real / 4);
    expect(dummy).toBeLessThan(real * 4);
  });
});

describe("needsRehash", () => {
  it("flags weaker parameters, another algorithm and unreadable hashes", () => {
    const salt = "c29tZXNhbHRzb21lc2FsdA";
    const digest = `${"a".repeat(42)}A`; // canonical base64 of 32 bytes
    expect(needsRehash(`$argon2id$v=19$m=19456,t=2,p=1$${salt}$${digest}`)).toBe(false);
    expect(needsRehash(`$argon2id$v=19$m=65536,t=3,p=4$${salt}$${digest}`)).toBe(false);
    expect(needsRehash(`$argon2id$v=19$m=4096,t=2,p=1$${salt}$${digest}`)).toBe(true);
    expect(needsRehash(`$argon2id$v=19$m=19456,t=1,p=1$${salt}$${digest}`)).toBe(true);
    expect(needsRehash(`$argon2i$v=19$m=19456,t=2,p=1$${salt}$${digest}`)).toBe(true);
    expect(needsRehash("not-a-hash")).toBe(true);
  });
});
