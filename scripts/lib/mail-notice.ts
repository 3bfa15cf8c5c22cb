import { isDevMailboxEnabled, type DevMailboxEnv } from "@/server/mail/dev-mailbox";
import type { TEnv } from "@/server/env";

/**
 * What a launcher says about email at start, so that nobody waits for a verification email that was
 * never going to leave: where captured mail can be read, or that none is sent at all (production on
 * an external database without SMTP_URL, where the dev mailbox is off). Null when SMTP_URL is set.
 */
export function mailNotice(env: DevMailboxEnv & Pick<TEnv, "APP_URL">): string | null {
  if (env.SMTP_URL) return null;
  if (isDevMailboxEnabled(env)) {
    const where = env.NODE_ENV === "production" ? " (from a browser on this machine)" : "";
    return `SMTP_URL is unset: emails are not sent; read them in the dev mailbox at ${env.APP_URL}/dev/mailbox${where}`;
  }
  return "SMTP_URL is unset: no email is sent (sign-up verification and password resets included), and the dev mailbox is off in production on an external database; set SMTP_URL=smtp://user:pass@host:587";
}
