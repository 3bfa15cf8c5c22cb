/**
 * Cross-site request checks for state-changing tRPC calls. Browsers send Sec-Fetch-Site on every
 * request; older ones only send Origin. A plain HTML form on another site fails both checks, and
 * the JSON-only rule stops "simple" requests that would skip CORS preflight.
 */
export type TCrossSiteVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(req: Request, appUrl: string): TCrossSiteVerdict {
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") return { ok: false, reason: "Cross-site requests are not allowed." };
  if (fetchSite === "same-origin" || fetchSite === "none") return { ok: true };
  const origin = req.headers.get("origin");
  if (!origin) return { ok: true }; // Not a browser (curl, server-side caller): no ambient cookies to abuse.
  const allowed = new Set([new URL(appUrl).origin, new URL(req.url).origin]);
  return allowed.has(origin) ? { ok: true } : { ok: false, reason: `Requests from ${origin} are not allowed.` };
}

export function isJsonContentType(req: Request): boolean {
  return isJsonMediaType(req.headers.get("content-type"));
}

/** A Content-Type value naming JSON, parameters aside; media types are case-insensitive (RFC 9110 §8.3.1). */
export function isJsonMediaType(type: string | null | undefined): boolean {
  return /^\s*application\/json\s*(;|$)/i.test(type ?? "");
}
