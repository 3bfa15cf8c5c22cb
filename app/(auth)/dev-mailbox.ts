import "server-only";
import { headers } from "next/headers";
import { canOpenDevMailbox } from "@/server/mail/dev-mailbox";

/**
 * Where the "check your inbox" screens link when emails are kept in the dev mailbox instead of
 * sent, or null: only when this visitor could open it (no SMTP, local run, same machine).
 */
export async function devMailboxHref(): Promise<string | null> {
  return canOpenDevMailbox(await headers()) ? "/dev/mailbox" : null;
}
