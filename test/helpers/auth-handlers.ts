/**
 * Drives the real /api/auth/* route handlers (Auth.js plus our wrapper) with Request objects, the way a
 * browser would: a cookie jar, the CSRF double-submit token, form posts. The requests arrive on
 * http://localhost:3999 as a reverse proxy would forward them, whatever APP_URL says.
 */
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { PEER_IP_HEADER } from "@/server/http/client-ip";

type THandlers = { GET: (request: NextRequest) => Promise<Response>; POST: (request: NextRequest) => Promise<Response> };

export const REQUEST_ORIGIN = "http://localhost:3999";

export class AuthBrowser {
  readonly jar = new Map<string, string>();
  private readonly ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  constructor(
    private readonly handlers: THandlers,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** A session cookie of this browser (there is one: `authjs.session-token` or its `__Secure-` form). */
  sessionCookie(): { name: string; value: string } | null {
    const entry = [...this.jar].find(([name]) => name.endsWith("authjs.session-token"));
    return entry ? { name: entry[0], value: entry[1] } : null;
  }

  async request(method: "GET" | "POST", path: string, options: { form?: Record<string, string>; headers?: Record<string, string> } = {}) {
    const headers = new Headers({ ...this.extraHeaders, ...options.headers, [PEER_IP_HEADER]: this.ip, "x-request-id": randomUUID() });
    const cookie = this.cookieHeader();
    if (cookie) headers.set("cookie", cookie);
    let body: string | undefined;
    if (options.form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(options.form).toString();
    }
    const request = new NextRequest(`${REQUEST_ORIGIN}${path}`, { method, headers, body });
    const response = await (method === "GET" ? this.handlers.GET(request) : this.handlers.POST(request));
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
      if (expired || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return response;
  }

  async csrfToken(): Promise<string> {
    const response = await this.request("GET", "/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Email + password through the credentials callback; returns Auth.js' redirect (Location). */
  async signIn(email: string, password: string, callbackUrl = "/settings"): Promise<string> {
    const csrfToken = await this.csrfToken();
    const response = await this.request("POST", "/api/auth/callback/credentials", { form: { email, password, csrfToken, callbackUrl } });
    return response.headers.get("location") ?? "";
  }

  /** What the header's button does (next-auth/react's signOut): POST with the CSRF token, the URL to go to comes back as JSON. */
  async signOut(callbackUrl = "/"): Promise<string> {
    const csrfToken = await this.csrfToken();
    const response = await this.request("POST", "/api/auth/signout", { form: { csrfToken, callbackUrl }, headers: { "X-Auth-Return-Redirect": "1" } });
    return ((await response.json()) as { url: string }).url;
  }

  /** GET /api/auth/session: the session Auth.js sees for this cookie jar, or null. */
  async session(cookie: string = this.cookieHeader()): Promise<{ user?: { id: string; email: string } } | null> {
    const response = await this.handlers.GET(new NextRequest(`${REQUEST_ORIGIN}/api/auth/session`, { headers: { cookie } }));
    const body = (await response.json()) as { user?: { id: string; email: string } } | null;
    return body && body.user ? body : null;
  }
}
