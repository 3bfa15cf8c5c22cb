import { describe, expect, it } from "vitest";
import { TEST_SECRET_MARKER, testPassword } from "@/test/secret-marker";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/contracts/vocabulary/passwords";
import { checkPasswordPolicy, ZNewPasswordSchema } from "./password-policy";

// Boundary strings shorter than the marker cannot contain it; they are only ever checked, never hashed or logged.
const EMOJI = "🔑"; // one code point, two UTF-16 units

function ofLength(codePoints: number, filler = "x"): string {
  const base = `${TEST_SECRET_MARKER}-`;
  return codePoints <= base.length ? filler.repeat(codePoints) : base + filler.repeat(codePoints - base.length);
}

describe("checkPasswordPolicy: length in code points", () => {
  it("refuses 7 and accepts 8 characters", () => {
    expect(checkPasswordPolicy("kq3vz9w")).toMatchObject({ ok: false, code: "too_short", message: "Use at least 8 characters." });
    expect(checkPasswordPolicy("kq3vz9wj")).toEqual({ ok: true });
  });

  it("counts an emoji as one character, not two", () => {
    // 4 emoji are 8 UTF-16 units but only 4 characters.
    expect(checkPasswordPolicy(EMOJI.repeat(4))).toMatchObject({ ok: false, code: "too_short" });
    expect(checkPasswordPolicy(EMOJI.repeat(PASSWORD_MIN - 1))).toMatchObject({ ok: false, code: "too_short" });
    expect(checkPasswordPolicy(EMOJI.repeat(PASSWORD_MIN))).toEqual({ ok: true });
  });

  it("accepts 128 and refuses 129 characters, emoji included", () => {
    expect(checkPasswordPolicy(ofLength(PASSWORD_MAX))).toEqual({ ok: true });
    expect(checkPasswordPolicy(ofLength(PASSWORD_MAX + 1))).toMatchObject({ ok: false, code: "too_long" });
    // 128 emoji = 256 UTF-16 units: still allowed.
    expect(checkPasswordPolicy(ofLength(PASSWORD_MAX, EMOJI))).toEqual({ ok: true });
    expect(checkPasswordPolicy(ofLength(PASSWORD_MAX + 1, EMOJI))).toMatchObject({ ok: false, code: "too_long" });
  });
});

describe("checkPasswordPolicy: common passwords", () => {
  it("refuses a top-10,000 password whatever its case", () => {
    for (const candidate of ["password1", "PASSWORD1", "PassWord1", "iloveyou", "qwertyuiop"]) {
      expect(checkPasswordPolicy(candidate)).toMatchObject({
        ok: false,
        code: "common",
        message: "This password is among the most commonly used; choose another.",
      });
    }
  });

  it("accepts a long, unusual passphrase with spaces and accents", () => {
    expect(checkPasswordPolicy(`${TEST_SECRET_MARKER} crème brûlée under a violet umbrella`)).toEqual({ ok: true });
    expect(checkPasswordPolicy(testPassword())).toEqual({ ok: true });
  });
});

describe("checkPasswordPolicy: the user's email", () => {
  const context = { email: "Jordan.Lee@Example.com", name: "Jordan Lee" };

  it("refuses the whole email address, case-insensitively", () => {
    expect(checkPasswordPolicy(`${TEST_SECRET_MARKER}jordan.lee@example.COM`, context)).toMatchObject({
      ok: false,
      code: "contains_email",
    });
  });

  it("refuses the local part when it has at least 3 characters", () => {
    expect(checkPasswordPolicy(`${TEST_SECRET_MARKER}-JORDAN.LEE-2024`, context)).toMatchObject({ ok: false, code: "contains_email" });
  });

  it("ignores a local part shorter than 3 characters", () => {
    expect(checkPasswordPolicy(`${TEST_SECRET_MARKER}-jo-river`, { email: "jo@example.com" })).toEqual({ ok: true });
  });

  it("accepts a password unrelated to the email", () => {
    expect(checkPasswordPolicy(testPassword("email"), context)).toEqual({ ok: true });
  });
});

describe("ZNewPasswordSchema", () => {
  it("applies the same code-point bounds with the same messages", () => {
    expect(ZNewPasswordSchema.safeParse(EMOJI.repeat(PASSWORD_MIN)).success).toBe(true);
    expect(ZNewPasswordSchema.safeParse(ofLength(PASSWORD_MAX, EMOJI)).success).toBe(true);
    expect(ZNewPasswordSchema.safeParse("kq3vz9w").error?.issues[0]?.message).toBe("Use at least 8 characters.");
    expect(ZNewPasswordSchema.safeParse(ofLength(PASSWORD_MAX + 1)).error?.issues[0]?.message).toBe("Use at most 128 characters.");
  });

  it("rejects non-strings", () => {
    expect(ZNewPasswordSchema.safeParse(12345678).success).toBe(false);
  });
});
