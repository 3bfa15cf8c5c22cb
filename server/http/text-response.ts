/**
 * Responses whose whole body is a text we already have (JSON above all). Our server's
 * sendFetchResponse (node-adapter.ts) sends that text as it is instead of reading the body stream
 * back, which cost about 10% of a JSON request's CPU (docs/performance.md). Anyone else (Next's route
 * files, tests) reads the body as from any Response.
 *
 * The body stream is made only when someone asks for it: undici builds a ReadableStream around a
 * string body in the constructor (about 15 µs of CPU and a dozen objects for the GC per response,
 * 16.5 µs against 1 µs without a body), and our server never reads it.
 */
const DEFAULT_CONTENT_TYPE = "text/plain;charset=UTF-8";

class TextResponse extends Response {
  #text: string;
  #withBody: Response | undefined;

  constructor(text: string, init: ResponseInit, contentType = DEFAULT_CONTENT_TYPE) {
    super(null, init);
    this.#text = text;
    // As undici does for a string body: the given content type, else the default one.
    if (!this.headers.has("content-type")) this.headers.set("content-type", contentType);
  }

  /** The text, while nothing has read the body. */
  untouchedText(): string | undefined {
    return this.#withBody ? undefined : this.#text;
  }

  /** The Response with the real body, made the first time the body is read (by anyone but our server). */
  withBody(): Response {
    this.#withBody ??= new Response(this.#text, { status: this.status, statusText: this.statusText, headers: this.headers });
    return this.#withBody;
  }

  override get body(): Response["body"] {
    return this.withBody().body;
  }

  override get bodyUsed(): boolean {
    return this.#withBody?.bodyUsed ?? false;
  }

  override clone(): Response {
    if (this.#withBody) return this.#withBody.clone();
    return textResponse(this.#text, { status: this.status, statusText: this.statusText, headers: new Headers(this.headers) });
  }
}

// Every body reader reads the Response with the real body.
for (const name of ["text", "json", "arrayBuffer", "blob", "bytes", "formData"] as const) {
  Object.defineProperty(TextResponse.prototype, name, {
    writable: true,
    configurable: true,
    value(this: TextResponse) {
      return this.withBody()[name]();
    },
  });
}

/** A Response whose whole body is `text`. */
export function textResponse(text: string, init: ResponseInit): Response {
  return new TextResponse(text, init);
}

/** Response.json(data, init), the same body and content type, sent without reading it back. */
export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  return new TextResponse(JSON.stringify(data), init, "application/json");
}

/** The text of a response made here, unless its body has been read or it was made otherwise. */
export function wholeBodyText(response: Response): string | undefined {
  return response instanceof TextResponse ? response.untouchedText() : undefined;
}
