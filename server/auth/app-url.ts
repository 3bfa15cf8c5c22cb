/**
 * Every absolute URL the app hands a browser comes from APP_URL, never from the request's Host or
 * X-Forwarded-Host (which a client or a misconfigured proxy controls). Auth.js gets the same base
 * through AUTH_URL, which server/env.ts derives from APP_URL.
 */
import { getEnv } from "@/server/env";

/** `path` ("/sign-in?x=1") on this site, as an absolute URL. */
export function appUrl(path: string, base: string = getEnv().APP_URL): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Where Auth.js may send the browser after signing in or out: a path or a URL on APP_URL's origin;
 * anything else (another site, protocol-relative "//evil.example") becomes the home page.
 */
export function resolveRedirect(url: string, base: string = getEnv().APP_URL): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return appUrl(url, base);
  try {
    const target = new URL(url);
    if (target.origin === new URL(base).origin) return target.toString();
  } catch {
    // Not a URL at all: home.
  }
  return `${base}/`;
}

/** Auth.js marks its cookies `__Secure-` and Secure when the site is served over https. */
export function usesSecureCookies(base: string = getEnv().APP_URL): boolean {
  return base.startsWith("https:");
}
