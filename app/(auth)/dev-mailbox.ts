import "server-only";
import { headers } from "next/headers";
import { PEER_IP_HEADER } from "@/server/http/client-ip";
import { canOpenDevMailbox } from "@/server/mail/dev-mailbox";

/**
 * Where the "check your inbox" screens link when emails are kept in the dev mailbox instead of
 * sent, or null: only when this visitor could open it (no SMTP, local run, same machine).
 */
export async function devMailboxHref(): Promise<string | null> {
  const peerIp = (await headers()).get(PEER_IP_HEADER);
  return canOpenDevMailbox(peerIp) ? "/dev/mailbox" : null;
}
