import { isIP } from "node:net";
import { getEnv } from "@/server/env";

/** Set by our HTTP server (scripts/lib/web-server.ts) from the socket, after removing any client-sent value. */
export const PEER_IP_HEADER = "x-rehearse-peer-ip";

/**
 * Set by our HTTP server beside PEER_IP_HEADER: "1" when the request arrived carrying X-Forwarded-For
 * or Forwarded, else "0". Next.js adds an X-Forwarded-For of its own (the socket's address) to every
 * request it renders, so by the time a page reads its headers that header no longer tells.
 */
export const PEER_FORWARDED_HEADER = "x-rehearse-peer-forwarded";

/** The headers our server sets from the socket and from the request as it arrived; they replace any client-sent values. */
export function peerHeaders(remoteAddress: string | undefined, arrived: Readonly<Record<string, unknown>>): Record<string, string> {
  const forwarded = arrived["x-forwarded-for"] !== undefined || arrived["forwarded"] !== undefined;
  return { ...(remoteAddress ? { [PEER_IP_HEADER]: remoteAddress } : {}), [PEER_FORWARDED_HEADER]: forwarded ? "1" : "0" };
}

/**
 * The client's IP. X-Forwarded-For is believed only when the direct peer is a configured proxy
 * (TRUSTED_PROXIES); then the right-most address that is not itself a trusted proxy is the client.
 */
export function clientIp(req: Request, trustedProxies: string[] = getEnv().TRUSTED_PROXIES): string | null {
  const peer = normalise(req.headers.get(PEER_IP_HEADER));
  if (!peer || !trustedProxies.includes(peer)) return peer;
  const chain = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => normalise(part))
    .filter((ip): ip is string => ip !== null);
  for (let index = chain.length - 1; index >= 0; index--) {
    const hop = chain[index]!;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return chain[0] ?? peer;
}

/** The headers the local-machine rule reads (a Request's, or next/headers' in a page). */
export type TPeerHeaders = Pick<Headers, "get">;

/**
 * A request from this machine itself: the socket's peer is a loopback address and no proxy forwarded
 * it. A reverse proxy on the same machine makes every visitor's socket look local, and then only its
 * X-Forwarded-For or Forwarded header says the request came from elsewhere: our server records that in
 * PEER_FORWARDED_HEADER as the request arrived. Without our server's two headers, nothing is local.
 */
export function isLocalMachineRequest(headers: TPeerHeaders): boolean {
  const peer = normalise(headers.get(PEER_IP_HEADER));
  const arrivedDirectly = headers.get(PEER_FORWARDED_HEADER) === "0";
  return peer !== null && (peer.startsWith("127.") || peer === "::1") && arrivedDirectly;
}

function normalise(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim().replace(/^::ffff:/, "");
  return isIP(trimmed) ? trimmed : null;
}
