/**
 * Node's request as the fetch `Request` the API's handlers take, for the routes our own server
 * answers (node-adapter.ts). An undici Request costs about 7.5 µs of CPU to build (its headers
 * copied again, its URL parsed, an AbortSignal of its own that nothing can abort), and ours needs a
 * second AbortController to follow the client: together a few percent of a JSON request's CPU
 * (docs/performance.md). This one holds what the handlers read (url, method, headers, signal,
 * body, text(), json(), arrayBuffer()); its signal and body stream are made when first read; any
 * other member of a Request (clone(), formData(), mode, …) is answered by a real Request built the
 * first time one is asked for, around the same body stream and signal.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

const CLOSED_EARLY = "the client closed the request before sending all of its body";

/** What `readNodeBody` reads through: the request's own direct reader. */
const READ_DIRECT = Symbol("rehearse.readDirect");

class NodeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly #req: IncomingMessage;
  #controller: AbortController | undefined;
  /** The client left before the response was sent. */
  #left = false;
  #body: ReadableStream<Uint8Array> | null | undefined;
  #used = false;
  #full: Request | undefined;

  constructor(req: IncomingMessage, res: ServerResponse, url: string) {
    this.#req = req;
    // Parsed and serialised as a Request's is (a query's stray characters percent-encoded).
    this.url = new URL(url).href;
    this.method = req.method ?? "GET";
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else headers.set(name, value);
    }
    this.headers = headers;
    res.once("close", () => {
      if (res.writableFinished) return;
      this.#left = true;
      this.#controller?.abort();
    });
  }

  /** Aborts when the client goes away before its response is sent (streams and long polls stop), not when it is sent. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#left) this.#controller.abort();
    }
    return this.#controller.signal;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#full) return this.#full.body;
    if (this.#body === undefined) this.#body = this.method === "GET" || this.method === "HEAD" ? null : bodyStream(this.#req);
    return this.#body;
  }

  get bodyUsed(): boolean {
    return this.#used || (this.#full ? this.#full.bodyUsed : (this.#body?.locked ?? false));
  }

  /** The body as a Response to read it from, as a Request reads its own (a null body reads as empty and is never "used"). */
  #read(): Response {
    if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
    const body = this.body;
    if (body) this.#used = true;
    return new Response(body);
  }

  /** Where the body is read from: the full request once there is one (it holds the stream then). */
  #source(): Pick<Request, "text" | "json" | "arrayBuffer"> {
    return this.#full && !this.#used ? this.#full : this.#read();
  }

  // Async: a body already read rejects, as a Request's does (it does not throw).
  async text(): Promise<string> {
    return this.#source().text();
  }

  async json(): Promise<unknown> {
    return this.#source().json();
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#source().arrayBuffer();
  }

  /**
   * The whole body read straight from Node's stream, refused with `tooLarge()` as soon as it passes
   * `limit` (reading stops; the rest is dropped with the connection), without a web stream, a
   * transform and a promise per chunk. Undefined when the body stream has been handed out already.
   */
  [READ_DIRECT](limit: number, tooLarge: () => Error): Promise<Uint8Array> | undefined {
    if (this.#body !== undefined || this.#full || this.#used) return undefined;
    if (this.method === "GET" || this.method === "HEAD") return Promise.resolve(new Uint8Array(0));
    this.#used = true;
    this.#body = null;
    const req = this.#req;
    return new Promise<Uint8Array>((resolve, reject) => {
      if (req.destroyed) {
        reject(new Error(CLOSED_EARLY));
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      const stop = () => {
        req.off("data", onData);
        req.off("end", onEnd);
        req.off("close", onClose);
      };
      const onData = (chunk: Buffer) => {
        received += chunk.byteLength;
        if (received <= limit) {
          chunks.push(chunk);
          return;
        }
        stop();
        req.pause();
        reject(tooLarge());
      };
      const onEnd = () => {
        stop();
        resolve(Buffer.concat(chunks));
      };
      const onClose = () => {
        if (req.complete) return;
        stop();
        reject(new Error(CLOSED_EARLY));
      };
      req.on("data", onData);
      req.once("end", onEnd);
      req.once("close", onClose);
    });
  }

  clone(): Request {
    if (this.bodyUsed) throw new TypeError("Request.clone: Body has already been consumed.");
    return this.fullRequest().clone();
  }

  /**
   * The same request as an undici Request (the same body stream, unless it has been read, and the
   * same signal), for the members not held here; from then on it answers for the body too.
   */
  fullRequest(): Request {
    if (!this.#full) {
      const body = this.bodyUsed ? null : this.body;
      const full = new Request(this.url, { method: this.method, headers: this.headers, ...(body ? { body, duplex: "half" } : {}) } as RequestInit);
      // Our signal as its own property, not passed to the constructor (which would make one that follows it).
      Object.defineProperty(full, "signal", { value: this.signal });
      this.#full = full;
    }
    return this.#full;
  }
}

// Every other member of a Request, answered by the full one.
for (const name of Object.getOwnPropertyNames(Request.prototype)) {
  if (name === "constructor" || Object.hasOwn(NodeRequest.prototype, name)) continue;
  const descriptor = Object.getOwnPropertyDescriptor(Request.prototype, name)!;
  const full = (self: NodeRequest) => self.fullRequest() as unknown as Record<string, unknown>;
  Object.defineProperty(
    NodeRequest.prototype,
    name,
    typeof descriptor.value === "function"
      ? { value: function (this: NodeRequest, ...args: unknown[]) { return (full(this)[name] as (...a: unknown[]) => unknown)(...args); } }
      : { get(this: NodeRequest) { return full(this)[name]; } },
  );
}

/**
 * The body of a request made here, read straight from Node's stream with the limit (see
 * NodeRequest's reader); undefined for any other request, or when its body stream is in use.
 */
export function readNodeBody(request: Request, limit: number, tooLarge: () => Error): Promise<Uint8Array> | undefined {
  return request instanceof NodeRequest ? request[READ_DIRECT](limit, tooLarge) : undefined;
}

/** The request as a fetch Request at `url` (the scheme and host the caller decided, then the request line's path). */
export function nodeRequest(req: IncomingMessage, res: ServerResponse, url: string): Request {
  return new NodeRequest(req, res, url) as unknown as Request;
}

/**
 * The request body as a web stream, made when a handler first asks for it. Cancelling it (a body
 * over the limit) only stops reading: destroying the request would take the socket with it before
 * the 413 could be sent. The unread rest is dropped with the connection once the response is out
 * (see sendFetchResponse). A client that left before the handler asked fails it at once.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (req.destroyed) {
        done = true;
        controller.error(new Error(CLOSED_EARLY));
        return;
      }
      req.on("data", (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once("end", () => {
        if (!done) controller.close();
        done = true;
      });
      req.once("close", () => {
        if (!done && !req.complete) controller.error(new Error(CLOSED_EARLY));
        done = true;
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      done = true;
      req.pause();
    },
  });
}
