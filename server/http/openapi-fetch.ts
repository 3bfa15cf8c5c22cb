/**
 * trpc-to-openapi's fetch adapter, with its request handler built once. The library's own
 * createOpenApiFetchHandler builds a new handler on every request, which walks every procedure
 * and compiles its path pattern each time (about 0.25 ms of CPU per REST request here). The
 * per-request part (the context) travels on the request; everything else is what the library does.
 * The error a request failed with comes back beside the response, so the caller maps it to the
 * contract's body from the error itself (not from the library's serialised shape).
 * The caller has read the body already (with the size limit): it passes the text, and gets the
 * status, headers and text back, so a request costs no replayed Request and no second Response.
 * Requests of known procedures skip the adapter altogether (openapi-lean.ts); a known path asked
 * with another method gets 405 here; unknown paths still go through the adapter (HEAD never arrives:
 * rest-handler answers it as GET).
 */
import { createOpenApiNodeHttpHandler, type OpenApiRouter } from "trpc-to-openapi";
import { methodNotAllowedError } from "./path-routes";
import { bodyInput, bodyParseError, createProcedureLookup, errorFromUnknown, parseBody, queryInput, type TLeanProcedure } from "./openapi-lean";

const REST_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function methodNotAllowed(allowed: readonly string[]): TOpenApiFetchResult {
  const error = methodNotAllowedError(allowed);
  return { status: error.status, headers: new Headers({ allow: allowed.join(", ") }), error };
}

const CREATE_CONTEXT = Symbol("rehearse.openapi.createContext");
const FAILURE = Symbol("rehearse.openapi.failure");

interface TFailure {
  error?: unknown;
}

type TTaggedRequest<TContext> = Request & { [CREATE_CONTEXT]?: () => Promise<TContext>; [FAILURE]?: TFailure };

export interface TOpenApiFetchResult {
  status: number;
  headers: Headers;
  /** The JSON text of the response (none when the request failed or nothing was written). */
  body?: string;
  /** What the procedure (or the context, or the adapter) threw, when the request failed. */
  error?: unknown;
}

/** What the adapter sees instead of the request's own: its URL (DELETE input), headers and body text. */
export interface TOpenApiInput {
  url?: string;
  headers?: Headers;
  /** The request body, already read; the adapter parses it by the content type, as it would have. */
  body?: string;
}
type TNodeHandler = (req: unknown, res: unknown) => Promise<void>;

export interface TResponseMetaInput<TContext> {
  ctx?: TContext;
  paths?: string[];
  errors: unknown[];
}

export function createOpenApiFetch<TContext>(options: {
  router: OpenApiRouter;
  endpoint: `/${string}`;
  responseMeta: (input: TResponseMetaInput<TContext>) => { status?: number; headers?: Record<string, string> };
  /** Requests of known procedures skip the adapter (openapi-lean.ts); off only to compare with the adapter in tests. */
  lean?: boolean;
}): (req: Request, createContext: () => Promise<TContext>, input?: TOpenApiInput) => Promise<TOpenApiFetchResult> {
  let handler: TNodeHandler | undefined;
  // The library calls `router.createCaller(ctx)` without the request's signal, so a procedure that
  // waits (GET /answers/{id}?wait=30) would keep waiting after its client left. The caller is given
  // the signal of the request whose context it is.
  const signals = new WeakMap<object, AbortSignal>();
  const router = {
    ...options.router,
    createCaller: (ctx: object, callerOptions?: { signal?: AbortSignal }) =>
      (options.router.createCaller as (ctx: object, opts?: { signal?: AbortSignal }) => unknown)(ctx, { ...callerOptions, signal: callerOptions?.signal ?? signals.get(ctx) }),
  } as OpenApiRouter;
  // Built on first use, not at import: the library checks NODE_ENV when it builds the handler.
  const nodeHandler = (): TNodeHandler =>
    (handler ??= createOpenApiNodeHttpHandler({
      router,
      createContext: async ({ req }: { req: TTaggedRequest<TContext> }) => {
        const ctx = await req[CREATE_CONTEXT]!();
        if (typeof ctx === "object" && ctx !== null) signals.set(ctx, req.signal);
        return ctx;
      },
      responseMeta: options.responseMeta,
      onError: ({ error, req }: { error: unknown; req: TTaggedRequest<TContext> }) => {
        const failure = req[FAILURE];
        if (failure) failure.error = error;
      },
    } as never) as unknown as TNodeHandler);

  let lookup: ReturnType<typeof createProcedureLookup> | undefined;
  const setHeaders = (headers: Headers, values: Record<string, string | string[] | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === "string") headers.set(name, value);
      else for (const item of value ?? []) headers.append(name, item);
    }
  };
  /** A request as the adapter runs it, without its per-request lookup, schema walk and stand-in response (openapi-lean.ts). */
  const runLean = async (procedure: TLeanProcedure, url: URL, req: Request, createContext: () => Promise<TContext>, input: TOpenApiInput): Promise<TOpenApiFetchResult> => {
    const headers = new Headers({ "Content-Type": "application/json" });
    let ctx: TContext | undefined;
    try {
      const value = procedure.useBody ? bodyInput(procedure, (input.headers ?? req.headers).get("content-type") ?? undefined, input.body) : queryInput(procedure, url);
      ctx = await createContext();
      // With the request's signal, as the adapter's caller gets it (router.createCaller above).
      const data = await procedure.call(ctx, value, req.signal);
      const meta = options.responseMeta({ ctx, paths: [procedure.path], errors: [] });
      setHeaders(headers, meta.headers ?? {});
      return { status: meta.status ?? 200, headers, body: JSON.stringify(data) };
    } catch (cause) {
      const error = errorFromUnknown(cause);
      const meta = options.responseMeta({ ctx, paths: [procedure.path], errors: [error] });
      setHeaders(headers, meta.headers ?? {});
      // The body of a failure is the caller's to write (rest-handler maps the error to the contract's).
      return { status: meta.status ?? 500, headers, error };
    }
  };

  return (req, createContext, input = {}) => {
    if (options.lean !== false) {
      const parsed = new URL((input.url ?? req.url).replace(options.endpoint, ""));
      const procedure = (lookup ??= createProcedureLookup(router))(req.method, parsed.pathname);
      if (procedure) return runLean(procedure, parsed, req, createContext, input);
      // A known path asked with another method: 405 naming the ones it takes (the adapter says 404).
      const allowed = REST_METHODS.filter((method) => lookup?.(method, parsed.pathname));
      if (allowed.length > 0) return Promise.resolve(methodNotAllowed(allowed));
    }
    const url = new URL((input.url ?? req.url).replace(options.endpoint, "")).toString();
    const headers = input.headers ?? req.headers;
    const body = parseBody(headers.get("content-type") ?? "", input.body);
    const failure: TFailure = {};
    const proxied = new Proxy(req as TTaggedRequest<TContext>, {
      get: (target, property) => {
        if (property === "url") return url;
        if (property === "headers") return headers;
        if (property === CREATE_CONTEXT) return createContext;
        if (property === FAILURE) return failure;
        if (property === "body") {
          if (!body.ok) throw bodyParseError(body.cause);
          return body.data;
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return new Promise<TOpenApiFetchResult>((resolve, reject) => {
      const responseHeaders = new Headers();
      let status = 200;
      const res = {
        setHeader: (name: string, value: string | string[]) => {
          if (typeof value === "string") responseHeaders.set(name, value);
          else for (const item of value) responseHeaders.append(name, item);
        },
        get statusCode() {
          return status;
        },
        set statusCode(code: number) {
          status = code;
        },
        end: (text?: string) => resolve({ status, headers: responseHeaders, body: text, error: failure.error }),
      };
      nodeHandler()(proxied, res).catch(reject);
    });
  };
}
