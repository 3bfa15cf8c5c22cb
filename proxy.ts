/**
 * Runs before every request: a fresh CSP nonce (Next reads it from the request's CSP header and
 * puts it on its own scripts) and the security headers. Authorization is never decided here:
 * every procedure and page checks the user itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/server/env";
import { isHttpsRequest } from "@/server/http/request-protocol";
import { contentSecurityPolicy, securityHeaders } from "@/server/http/security-headers";

const TOKEN_PAGES = new Set(["/reset-password", "/verify-email"]);

export function proxy(request: NextRequest) {
  const env = getEnv();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ isProduction: env.NODE_ENV === "production", isHttps: isHttpsRequest(request) }))) {
    response.headers.set(name, value);
  }
  // Pages whose URL carries a secret token must not leak it to other sites through Referer.
  if (TOKEN_PAGES.has(request.nextUrl.pathname)) response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

export const config = {
  // /sandbox/ serves the code-runner's worker scripts with a CSP of their own (app/sandbox/[...file]/route.ts).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|sandbox/).*)" }],
};
