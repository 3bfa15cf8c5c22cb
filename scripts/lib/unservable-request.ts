/**
 * Requests Next cannot take, answered before it with the API's error body. Next builds a fetch
 * Request from every request, and undici refuses TRACE, TRACK and CONNECT ("'TRACE' HTTP method is
 * unsupported"); its router decodes the path and throws on a malformed escape (%ZZ, or %C0%AF, which
 * is no UTF-8). Both ended as a bare "Internal Server Error" 500 with no log line, on pages and on
 * /api/v1 alike (found in a hostile pass). Only a path with a "%" is decoded, so the common request
 * pays one method look-up and one character search.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "@/server/errors";
import { errorBody } from "@/server/http/error-body";
import { requestIdFrom } from "@/server/request-context";

/** Methods a fetch Request cannot carry (the Fetch standard's forbidden methods). */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
/** What the server takes at all (which of them a path takes varies; a 405 there names those). */
const SERVED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Why Next could not serve this request, or null when it can. */
export function unservableRequest(method: string | undefined, url: string | undefined): AppError | null {
  if (method && FORBIDDEN_METHODS.has(method.toUpperCase())) {
    return new AppError("METHOD_NOT_ALLOWED", `${method.toUpperCase()} is not served here; use one of ${SERVED_METHODS.join(", ")}.`, { allowed: SERVED_METHODS });
  }
  const target = url ?? "/";
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (!path.includes("%")) return null;
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return new AppError("VALIDATION_ERROR", "The URL path has a malformed percent-escape (each % must start a valid UTF-8 byte sequence such as %20).", {
      fields: { path: "malformed percent-escape" },
    });
  }
}

/** Answers an unservable request (true) or leaves it to the listener (false). */
export function refuseUnservable(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = unservableRequest(req.method, req.url);
  if (!refusal) return false;
  const header = req.headers["x-request-id"];
  const requestId = requestIdFrom(typeof header === "string" ? header : null);
  const body = JSON.stringify(errorBody(refusal, requestId));
  res.writeHead(refusal.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": requestId,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    ...(refusal.code === "METHOD_NOT_ALLOWED" ? { allow: SERVED_METHODS.join(", ") } : {}),
  });
  res.end(body);
  return true;
}
