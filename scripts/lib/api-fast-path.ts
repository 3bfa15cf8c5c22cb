/**
 * What our production server answers itself, before Next: the JSON API (/api/v1/*, /api/trpc/*,
 * /api/health) through the same fetch handlers Next's route files use, and a static 404 for paths
 * that no page, route or public file serves. Everything else (pages, other routes, static assets,
 * anything unusual) goes to Next untouched.
 *
 * Which Next route a path belongs to is read from the build's routes manifest, in Next's order
 * (static routes, then dynamic ones, most specific first), so a new route file under /api/v1/
 * still wins over the catch-all. The API then skips proxy.ts (a CSP nonce per request), Next's
 * router and request scope: request ids, security headers, body limits, auth, rate limits, CORS
 * and error mapping all live in the handlers and the headers added here.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { getEnv } from "@/server/env";
import { toAppError } from "@/server/errors";
import { errorResponse } from "@/server/http/error-body";
import { requestIdFrom } from "@/server/request-context";
import { API_ROUTES, type TMethodHandlers } from "@/server/http/api-routes";
import { sendFetchResponse, toFetchRequest } from "@/server/http/node-adapter";
import { PEER_IP_HEADER } from "@/server/http/client-ip";
import { isHttpsRequest } from "@/server/http/request-protocol";
import { securityHeaders, STATIC_CONTENT_SECURITY_POLICY } from "@/server/http/security-headers";
import { staticNotFound } from "@/server/http/static-not-found";

interface TManifestRoute {
  page: string;
  regex: string;
}

interface TRoutesManifest {
  caseSensitive?: boolean;
  staticRoutes: TManifestRoute[];
  dynamicRoutes: TManifestRoute[];
}

export type TRouteDecision = { kind: "api"; handlers: TMethodHandlers } | { kind: "not-found" } | { kind: "next" };

/** Anything else (encoded, trailing slash, dot segments) is Next's call. Commas: tRPC's batched calls. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_~,-][A-Za-z0-9._~,-]*)+$/;

export function createRouteTable(manifest: TRoutesManifest, publicFiles: Set<string>, apiRoutes: Record<string, TMethodHandlers> = API_ROUTES) {
  const flags = manifest.caseSensitive ? "" : "i";
  const routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((route) => ({ page: route.page, regex: new RegExp(route.regex, flags) }));
  return {
    decide(pathname: string): TRouteDecision {
      if (pathname.startsWith("/_next/") || !PLAIN_PATH.test(pathname) || publicFiles.has(pathname)) return { kind: "next" };
      const route = routes.find((candidate) => candidate.regex.test(pathname));
      if (!route) return { kind: "not-found" };
      const handlers = apiRoutes[route.page];
      return handlers ? { kind: "api", handlers } : { kind: "next" };
    },
  };
}

function listPublicFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listPublicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

/** The route table of the production build in `distDir` (.next) and the public folder beside it. */
export function loadRouteTable(distDir: string, publicDir: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as TRoutesManifest;
  return createRouteTable(manifest, new Set(listPublicFiles(publicDir)));
}

/** Whether the request came over https, as a trusted proxy reports it (only the two headers that decide it are copied). */
function isHttps(req: IncomingMessage): boolean {
  const headers = new Headers();
  for (const name of [PEER_IP_HEADER, "x-forwarded-proto"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  return isHttpsRequest({ url: "http://localhost/", headers });
}

/** The scheme and host of the request URL handlers see. */
function originOf(req: IncomingMessage, port: number, https: boolean): string {
  const host = req.headers.host;
  return `${https ? "https" : "http"}://${host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : `localhost:${port}`}`;
}

const securityHeaderSets = new Map<boolean, Array<[string, string]>>();

/**
 * Security headers of every response we answer ourselves (pages get theirs, with a nonce, from
 * proxy.ts), set on Node's response: writeHead's headers (the handler's own) take precedence over
 * these, so a handler's own value wins without copying its Headers or its Response.
 */
function setSecurityHeaders(res: ServerResponse, https: boolean): void {
  let set = securityHeaderSets.get(https);
  if (!set) {
    set = Object.entries(securityHeaders({ isProduction: getEnv().NODE_ENV === "production", isHttps: https }));
    set.push(["Content-Security-Policy", STATIC_CONTENT_SECURITY_POLICY]);
    securityHeaderSets.set(https, set);
  }
  for (const [name, value] of set) res.setHeader(name, value);
}

/** Answers what a route handler module would for a method it does not export (HEAD → GET, OPTIONS → Allow, else 405). */
async function dispatch(handlers: TMethodHandlers, request: Request): Promise<Response> {
  const handler = handlers[request.method] ?? (request.method === "HEAD" ? handlers.GET : undefined);
  if (handler) return handler(request);
  const allow = Object.keys(handlers).concat(handlers.GET && !handlers.HEAD ? ["HEAD"] : []).join(", ");
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
  return new Response(null, { status: 405, headers: { Allow: allow } });
}

/**
 * Returns a request listener that answers the API and unknown paths itself and returns false for
 * everything Next should handle.
 */
export function createFastPath(table: ReturnType<typeof createRouteTable>, port: number) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const decision = table.decide(pathname);
    if (decision.kind === "next") return false;
    const https = isHttps(req);
    const request = toFetchRequest(req, res, originOf(req, port, https));
    const answer = decision.kind === "api" ? dispatch(decision.handlers, request) : Promise.resolve(staticNotFound(request));
    setSecurityHeaders(res, https);
    void answer
      // The handlers map their own errors (withRequest); this is for a failure around them.
      .catch((error: unknown) => errorResponse(toAppError(error), requestIdFrom(request.headers.get("x-request-id"))))
      .then((response) => sendFetchResponse(res, response, { omitBody: req.method === "HEAD" }))
      .catch(() => res.destroy());
    return true;
  };
}
