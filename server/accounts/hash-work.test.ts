/**
 * Where argon2 runs (~50 ms of CPU each): counted with a spy on hashPassword, so the tests prove
 * the order of work instead of guessing it from timings.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { callerFor, latestEmailTo, registerTestUser, tokenFromLink, uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";

const hashCalls = vi.hoisted(() => ({ count: 0 }));

vi.mock("@/server/auth/password-hash", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/auth/password-hash")>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      hashCalls.count += 1;
      return original.hashPassword(password);
    },
  };
});

const db = connectTestDb();

beforeEach(() => {
  hashCalls.count = 0;
});

/** A registered user's fresh reset token from the dev mailbox, with the hash count set back to zero. */
async function resetTokenFor(label: string): Promise<{ email: string; token: string }> {
  const { email } = await registerTestUser(db, label);
  await callerFor(db).caller.auth.forgotPassword({ email });
  const token = tokenFromLink((await latestEmailTo(db, email)).text, "/reset-password");
  hashCalls.count = 0;
  return { email, token };
}

describe("reset-password checks the token before hashing", () => {
  it("a bogus token is refused without hashing", async () => {
    const result = callerFor(db).caller.auth.resetPassword({ token: `bogus-${randomUUID()}`, newPassword: testPassword("bogus") });
    await expect(result).rejects.toMatchObject({ message: expect.stringContaining("invalid, already used or expired") });
    expect(hashCalls.count).toBe(0);
  });

  it("a spent token is refused without hashing; a valid one hashes once", async () => {
    const { token } = await resetTokenFor("hash-reset");
    await callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("hash-new") });
    expect(hashCalls.count).toBe(1);

    hashCalls.count = 0;
    await expect(callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("hash-again") })).rejects.toThrow();
    expect(hashCalls.count).toBe(0);
  });

  it("a password the policy refuses is refused before hashing, and the link still works", async () => {
    const { email, token } = await resetTokenFor("hash-policy");
    await expect(callerFor(db).caller.auth.resetPassword({ token, newPassword: `my ${email} pass` })).rejects.toThrow();
    expect(hashCalls.count).toBe(0);
    await expect(callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("hash-ok") })).resolves.toEqual({ reset: true });
  });
});

describe("registration does the same work for new and existing emails", () => {
  it("hashes the password once in both cases", async () => {
    const { email } = await registerTestUser(db, "hash-existing");

    hashCalls.count = 0;
    await callerFor(db).caller.auth.register({ email: uniqueEmail("hash-new"), password: testPassword("n"), name: "New" });
    expect(hashCalls.count).toBe(1);

    hashCalls.count = 0;
    await callerFor(db).caller.auth.register({ email, password: testPassword("e"), name: "Existing" });
    expect(hashCalls.count).toBe(1);
  });
});
