/**
 * Where to go after signing in: only a path on this site. "//evil.example" and "/\evil.example"
 * are protocol-relative URLs to other sites, and absolute URLs are refused for the same reason.
 * The fallback is the dashboard: it always has the next step (start, continue, or verify first).
 */
export function safeCallbackUrl(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (Array.from(value).some((character) => character.charCodeAt(0) < 0x20)) return fallback;
  // Back to the sign-in page once signed in would redirect in a circle.
  if (/^\/(sign-in|sign-up)(?:[/?#]|$)/.test(value)) return fallback;
  return value;
}
