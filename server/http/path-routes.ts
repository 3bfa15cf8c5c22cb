/**
 * The REST endpoints served outside the tRPC adapter (raw audio, multipart, Range) are matched here by
 * path and method. A known path asked with another method answers 405 with Allow, as the JSON API's
 * known paths do (README "API"): the adapter behind does not know these paths and would say 404.
 */
import { randomUUID } from "node:crypto";
import { AppError } from "@/server/errors";
import { currentRequestId } from "@/server/request-context";
import { errorResponse } from "./error-body";

export type TPathHandler = (req: Request) => Promise<Response>;

/** One endpoint: its path (the first capture groups are passed on), the methods it takes and its handler. */
export type TPathRoute = {
  pattern: RegExp;
  methods: readonly string[];
  handle: (req: Request, ...params: string[]) => Promise<Response>;
};

/** The 405 of a known path asked with another method; its response carries `Allow` with the same list. */
export function methodNotAllowedError(allowed: readonly string[]): AppError {
  return new AppError("METHOD_NOT_ALLOWED", `This endpoint takes ${allowed.join(", ")} only.`, { allowed: [...allowed] });
}

/** That 405 as a response, with Allow (and any other headers, such as CORS). */
export function methodNotAllowed(allowed: readonly string[], headers: Record<string, string> = {}): Response {
  return errorResponse(methodNotAllowedError(allowed), currentRequestId() ?? randomUUID(), { ...headers, allow: allowed.join(", ") });
}

/**
 * The handler for this method and path; a 405 when the path is one of `routes` but the method is not
 * one it takes (OPTIONS excepted: CORS preflight is answered elsewhere); null when no route has the path.
 */
export function matchPathRoute(routes: readonly TPathRoute[], method: string, path: string): TPathHandler | null {
  let allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.methods.includes(method)) return (req) => route.handle(req, ...match.slice(1));
    allowed = [...allowed, ...route.methods.filter((m) => !allowed.includes(m))];
  }
  if (allowed.length === 0 || method === "OPTIONS") return null;
  return () => Promise.resolve(methodNotAllowed(allowed));
}
