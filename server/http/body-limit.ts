/**
 * The 1 MiB request body limit for route handlers that read bodies themselves (Auth.js's sign-in
 * and callback forms): the body is read here with the limit, by Content-Length and by counting the
 * stream, and the handler gets a copy; too large answers 413 in the contract's error body.
 */
import { NextRequest } from "next/server";
import { AppError } from "@/server/errors";
import { requestIdFrom } from "@/server/request-context";
import { errorResponse } from "./error-body";
import { MAX_BODY_BYTES } from "./limits";
import { readBodyBytesWithLimit } from "./read-body";

type THandler = (request: NextRequest) => Promise<Response>;

export function withBodyLimit(handler: THandler, limit = MAX_BODY_BYTES): THandler {
  return async (request) => {
    if (request.method === "GET" || request.method === "HEAD" || !request.body) return handler(request);
    let body: Uint8Array;
    try {
      body = await readBodyBytesWithLimit(request, limit);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error, requestIdFrom(request.headers.get("x-request-id")));
      throw error;
    }
    const headers = new Headers(request.headers);
    headers.set("content-length", String(body.byteLength));
    return handler(new NextRequest(request.url, { method: request.method, headers, body: body as BodyInit }));
  };
}
