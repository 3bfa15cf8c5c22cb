/**
 * The dev mailbox (/dev/mailbox) shows outbox emails, sign-in and reset links included, to whoever
 * opens it. So it exists only where no real mail goes out (SMTP_URL unset) and the site is a local one:
 * a development server, or `npm start` on the embedded database (a local run, even though in production mode).
 */
import { isIP } from "node:net";
import { getEnv, type TEnv } from "@/server/env";

/** REHEARSE_EMBEDDED_DB is set by scripts/lib/database.ts when it starts the embedded server. Tests pass their own. */
export type DevMailboxEnv = Pick<TEnv, "SMTP_URL" | "NODE_ENV" | "REHEARSE_EMBEDDED_DB">;

export function isDevMailboxEnabled(env: DevMailboxEnv = getEnv()): boolean {
  if (env.SMTP_URL) return false;
  return env.NODE_ENV !== "production" || env.REHEARSE_EMBEDDED_DB;
}

function isLoopback(ip: string | null): boolean {
  if (!ip) return false;
  const address = ip.trim().replace(/^::ffff:/, "");
  if (isIP(address) === 4) return address.startsWith("127.");
  return address === "::1";
}

/**
 * A production server on the embedded database may still be reachable from other machines, and the
 * mailbox holds everyone's reset links: in production, only a browser on the same machine sees it.
 * `peerIp` is the socket's address (PEER_IP_HEADER), which no client can forge.
 */
export function canOpenDevMailbox(peerIp: string | null, env: DevMailboxEnv = getEnv()): boolean {
  if (!isDevMailboxEnabled(env)) return false;
  return env.NODE_ENV !== "production" || isLoopback(peerIp);
}
