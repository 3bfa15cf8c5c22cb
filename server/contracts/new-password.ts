/**
 * The length rule of a new password, client-safe: the forms check it with the same words as the
 * server. The rest of the policy (common passwords, the user's email) needs a dictionary and the
 * account, so it stays in server/auth/password-policy.ts and runs before a password is stored.
 */
import { zSafeLine } from "./safe-string";
import { PASSWORD_MAX, PASSWORD_MIN } from "./vocabulary/passwords";

export const PASSWORD_LENGTH_MESSAGES = {
  too_short: `Use at least ${PASSWORD_MIN} characters.`,
  too_long: `Use at most ${PASSWORD_MAX} characters.`,
} as const;

/**
 * Length as a person counts it: an emoji or any astral character is one, not two UTF-16 units.
 * Stops counting just past the maximum so a huge input costs no more than a long one.
 */
export function countCodePoints(value: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (const _codePoint of value) {
    count += 1;
    if (count > stopAfter) break;
  }
  return count;
}

/**
 * Length rules only (the context-free part), for forms and procedures; call checkPasswordPolicy
 * with the email as well before storing. Zod's own .min/.max count UTF-16 units, hence the checks.
 */
export const ZNewPasswordSchema = zSafeLine()
  .refine((value) => countCodePoints(value, PASSWORD_MAX) >= PASSWORD_MIN, { error: PASSWORD_LENGTH_MESSAGES.too_short })
  .refine((value) => countCodePoints(value, PASSWORD_MAX) <= PASSWORD_MAX, { error: PASSWORD_LENGTH_MESSAGES.too_long })
  // JSON Schema's minLength/maxLength count code points too, so the API docs state the real rule.
  .meta({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, description: "A new password (8 to 128 characters)." });
