import { getEnv } from "@/server/env";
import { PEER_IP_HEADER } from "./client-ip";

/**
 * Whether the client reached us over https. Our server (scripts/lib/serve.ts) speaks plain http,
 * so behind it https can only mean a TLS-terminating proxy: X-Forwarded-Proto is believed when the
 * direct peer is one of TRUSTED_PROXIES (its right-most value, the one that proxy added), never
 * from anyone else. Next builds the request URL from that same header without checking who sent
 * it, so the URL's protocol counts only when no peer address is known (another server in front).
 */
export function isHttpsRequest(req: { url: string; headers: Headers }, trustedProxies: string[] = getEnv().TRUSTED_PROXIES): boolean {
  const peer = req.headers.get(PEER_IP_HEADER)?.trim().replace(/^::ffff:/, "");
  if (!peer) return new URL(req.url).protocol === "https:";
  if (!trustedProxies.includes(peer)) return false;
  const forwarded = (req.headers.get("x-forwarded-proto") ?? "")
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  return forwarded.at(-1) === "https";
}
