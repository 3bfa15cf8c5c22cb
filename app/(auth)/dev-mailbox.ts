import "server-only";

/**
 * Where the "check your inbox" screens link when emails are captured instead of sent, or null.
 * TODO(lead): use isDevMailboxEnabled() from "@/server/mail/dev-mailbox" once that module lands;
 * until then the link stays hidden.
 */
export function devMailboxHref(): string | null {
  return null;
}
