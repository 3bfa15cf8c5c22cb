/**
 * What a new password must satisfy (OWASP ASVS V2.1 / NIST SP 800-63B):
 * 8 to 128 characters counted in Unicode code points, any characters allowed, no composition
 * rules (no "one digit, one symbol"), not one of the 10,000 most common passwords and not the
 * user's own email address. Strength beyond that is advice (the meter), not a rule.
 */
import { dictionary } from "@zxcvbn-ts/language-common";
import { countCodePoints, PASSWORD_LENGTH_MESSAGES } from "@/server/contracts/new-password";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/contracts/vocabulary/passwords";

// The length rule is client-safe (the forms share it); server modules keep importing it from here.
export { countCodePoints, ZNewPasswordSchema } from "@/server/contracts/new-password";

/** How many of the ranked common passwords are refused outright. */
const COMMON_PASSWORD_COUNT = 10_000;
/** Shorter local parts ("al@…", "jo@…") are too likely to occur by chance inside a good password. */
const MIN_EMAIL_LOCAL_PART = 3;

export type TPasswordPolicyCode = "too_short" | "too_long" | "common" | "contains_email";

export type TPasswordPolicyResult = { ok: true } | { ok: false; code: TPasswordPolicyCode; message: string };

export interface PasswordPolicyContext {
  email?: string;
  /**
   * Accepted so callers can hand the same context to the strength meter (which penalises it);
   * not a refusal reason here, because short names cause false refusals of good passwords.
   */
  name?: string;
}

export const PASSWORD_POLICY_MESSAGES: Record<TPasswordPolicyCode, string> = {
  ...PASSWORD_LENGTH_MESSAGES,
  common: "This password is among the most commonly used; choose another.",
  contains_email: "Don't use your email address (or the part before the @) in your password.",
};

let commonPasswords: ReadonlySet<string> | undefined;

/** Built once, on first use, from the ranked list (most common first). */
function getCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT).map((entry) => entry.toLowerCase()),
  );
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return getCommonPasswords().has(password.toLowerCase());
}

function containsEmail(password: string, email: string | undefined): boolean {
  const normalisedEmail = email?.trim().toLowerCase() ?? "";
  if (!normalisedEmail) return false;
  const lowered = password.toLowerCase();
  if (lowered.includes(normalisedEmail)) return true;
  const at = normalisedEmail.lastIndexOf("@");
  const localPart = at >= 0 ? normalisedEmail.slice(0, at) : normalisedEmail;
  return countCodePoints(localPart) >= MIN_EMAIL_LOCAL_PART && lowered.includes(localPart);
}

function refuse(code: TPasswordPolicyCode): TPasswordPolicyResult {
  return { ok: false, code, message: PASSWORD_POLICY_MESSAGES[code] };
}

export function checkPasswordPolicy(password: string, context: PasswordPolicyContext = {}): TPasswordPolicyResult {
  const length = countCodePoints(password, PASSWORD_MAX);
  if (length < PASSWORD_MIN) return refuse("too_short");
  if (length > PASSWORD_MAX) return refuse("too_long");
  if (isCommonPassword(password)) return refuse("common");
  if (containsEmail(password, context.email)) return refuse("contains_email");
  return { ok: true };
}
