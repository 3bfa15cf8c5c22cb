/**
 * What crawlers may see: the public pages the sitemap lists, and the prefixes robots.txt keeps
 * them out of (the API, the admin console, the signed-in app and pages reached from emails).
 */
export const PUBLIC_PAGES = [
  { path: "/", priority: 1 },
  { path: "/pricing", priority: 0.8 },
  { path: "/sign-up", priority: 0.6 },
  { path: "/sign-in", priority: 0.5 },
  { path: "/contact", priority: 0.3 },
  { path: "/docs", priority: 0.3 },
] as const;

export const PRIVATE_PREFIXES = [
  "/api/",
  "/admin",
  "/dashboard",
  "/practice",
  "/interviews",
  "/history",
  "/progress",
  "/settings",
  "/billing",
  "/help",
  "/dev/",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/unsubscribe",
] as const;
