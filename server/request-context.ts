/**
 * Per-request context carried through async calls, so every log line of a request
 * has its request id without threading it through every function.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's x-request-id only when it is a plain token; anything else gets a fresh UUID. */
export function requestIdFrom(headerValue: string | null | undefined): string {
  return headerValue && SAFE_REQUEST_ID.test(headerValue) ? headerValue : randomUUID();
}
