/**
 * Requests Node's HTTP parser refuses before any handler runs: headers over Node's limit (16 KiB),
 * a malformed request line or header, headers that never finish arriving. Node answers those itself
 * with a bare status and no body, so a client that reads the contract's error body found nothing to
 * read and no request id to quote. Here they get the same `{ error, requestId }` body as every other
 * REST error, then the connection closes (the parser's state is unknown after such a request).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { Duplex } from "node:stream";
import { AppError } from "@/server/errors";
import { errorBody } from "./error-body";

/** The error a parser failure stands for, or null when there is nobody left to answer (the peer hung up). */
export function clientErrorFor(error: NodeJS.ErrnoException): AppError | null {
  switch (error.code) {
    case "ECONNRESET":
    case "EPIPE":
      return null;
    case "HPE_HEADER_OVERFLOW":
      return new AppError(
        "HEADERS_TOO_LARGE",
        `The request's headers are larger than the server accepts (${Math.round(http.maxHeaderSize / 1024)} KiB in all): send fewer or smaller cookies or headers.`,
        { limitBytes: http.maxHeaderSize },
      );
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new AppError("REQUEST_TIMEOUT", "The request's headers did not arrive in time: send the whole request again.");
    default:
      return new AppError("VALIDATION_ERROR", "The request is not well-formed HTTP (its request line or a header could not be read).");
  }
}

/** The raw HTTP/1.1 response for a refused request: the parser is past use, so the response is written by hand. */
export function clientErrorResponse(error: AppError, requestId: string = randomUUID()): string {
  const body = JSON.stringify(errorBody(error, requestId));
  return [
    `HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status] ?? "Error"}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/** The server's `clientError` listener. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const refused = clientErrorFor(error);
  // A socket whose peer left, or that is midway through another response on this keep-alive
  // connection (Node's own handler checks the same private field), can only be closed.
  const inFlight = (socket as Duplex & { _httpMessage?: { _headerSent?: boolean } | null })._httpMessage;
  if (refused === null || !socket.writable || inFlight?._headerSent === true) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(refused));
}
