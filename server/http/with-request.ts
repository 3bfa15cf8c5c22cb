/**
 * Wraps a route handler: assigns the request id (the caller's x-request-id when it is a plain
 * token), runs the handler inside the request context so every log line carries the id, returns
 * the id on the response, turns escaped errors into the contract's error body, and logs one line per request.
 */
import { AppError, toAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { logUnexpectedError } from "@/server/log-unexpected";
import { writeRequestLine } from "@/server/request-line";
import { routeTemplate } from "@/server/api/route-template";
import { recordRequestMetrics } from "@/server/metrics/http-metrics";
import { requestIdFrom, runWithRequestContext } from "@/server/request-context";
import { errorResponse } from "./error-body";

export type TRouteHandler = (req: Request, requestId: string) => Promise<Response>;

export function withRequest(handler: TRouteHandler): (req: Request) => Promise<Response> {
  return (req) => {
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    return runWithRequestContext({ requestId }, async () => {
      const started = performance.now();
      let response: Response;
      try {
        response = await handler(req, requestId);
      } catch (error) {
        const appError = error instanceof AppError ? error : toAppError(error);
        if (appError.code === "INTERNAL") logUnexpectedError(error, "unhandled error in route", { requestId });
        response = errorResponse(appError, requestId);
      }
      response.headers.set("x-request-id", requestId);
      const path = new URL(req.url).pathname;
      const durationMs = performance.now() - started;
      recordRequestMetrics(routeTemplate(req.method, path), req.method, response.status, durationMs / 1000);
      // Fixed fields, nothing secret: no key redaction, and written as text on the production stream.
      writeRequestLine(logger(), requestId, { method: req.method, path, status: response.status, durationMs: Math.round(durationMs) });
      return response;
    });
  };
}
