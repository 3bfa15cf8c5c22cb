/**
 * Responses whose whole body is a text we already have (JSON above all). Our server's
 * sendFetchResponse (node-adapter.ts) sends that text as it is instead of reading the body stream
 * back, which cost about 10% of a JSON request's CPU (docs/performance.md). The Response is a normal
 * one: anything else (Next's route files, tests) reads its body as usual.
 */
const wholeBodies = new WeakMap<Response, string>();

/** A Response whose whole body is `text`. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  wholeBodies.set(response, text);
  return response;
}

/** Response.json(data, init), the same body and content type, sent without reading it back. */
export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return textResponse(JSON.stringify(data), { ...init, headers });
}

/** The text of a response made here, unless its body has been read or it was made otherwise. */
export function wholeBodyText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : wholeBodies.get(response);
}
