import { checkPasswordPolicy } from "@/server/auth/password-policy";
import { AppError } from "@/server/errors";

/** Throws a VALIDATION_ERROR naming the password field when the policy refuses it. */
export function assertPasswordAllowed(password: string, context: { email: string; name?: string }, field = "password"): void {
  const verdict = checkPasswordPolicy(password, context);
  if (!verdict.ok) {
    throw new AppError("VALIDATION_ERROR", verdict.message, { fields: { [field]: verdict.message }, reason: verdict.code });
  }
}
