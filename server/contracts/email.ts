/** An email address as every form and procedure takes it. Client-safe: zod and contracts only. */
import { z } from "zod";
import { zSafeLine } from "./safe-string";

/** Emails are compared and stored trimmed and lower-cased, so Ann@X.com and ann@x.com are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const ZEmailSchema = zSafeLine()
  .trim()
  .max(254, { error: "An email address has at most 254 characters." })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform(normalizeEmail);
