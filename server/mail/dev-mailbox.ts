/**
 * The dev mailbox (/dev/mailbox) shows outbox emails, sign-in and reset links included, to whoever
 * opens it. So it exists only where no real mail goes out (SMTP_URL unset) and the site is a local one:
 * a development server, or `npm start` on the embedded database (a local run, even though in production mode).
 */
import { isLocalMachineRequest, type TPeerHeaders } from "@/server/client-ip";
import { getEnv, type TEnv } from "@/server/env";

/** REHEARSE_EMBEDDED_DB is set by scripts/lib/database.ts when it starts the embedded server. Tests pass their own. */
export type DevMailboxEnv = Pick<TEnv, "SMTP_URL" | "NODE_ENV" | "REHEARSE_EMBEDDED_DB">;

export function isDevMailboxEnabled(env: DevMailboxEnv = getEnv()): boolean {
  if (env.SMTP_URL) return false;
  return env.NODE_ENV !== "production" || env.REHEARSE_EMBEDDED_DB;
}

/**
 * A production server on the embedded database may still be reachable from other machines, and the
 * mailbox holds everyone's reset links: in production, only a browser on the same machine sees it,
 * judged by the socket's address (PEER_IP_HEADER, which no client can forge) and, behind a reverse
 * proxy on the same machine, by the proxy's forwarding headers (isLocalMachineRequest): a visitor
 * from elsewhere reached the mailbox through nginx and read anyone's reset link.
 */
export function canOpenDevMailbox(headers: TPeerHeaders, env: DevMailboxEnv = getEnv()): boolean {
  if (!isDevMailboxEnabled(env)) return false;
  return env.NODE_ENV !== "production" || isLocalMachineRequest(headers);
}
