/**
 * trpc-to-openapi's fetch adapter, with its request handler built once. The library's own
 * createOpenApiFetchHandler builds a new handler on every request, which walks every procedure
 * and compiles its path pattern each time (about 0.25 ms of CPU per REST request here). The
 * per-request part (the context) travels on the request; everything else is what the library does.
 * The error a request failed with comes back beside the response, so the caller maps it to the
 * contract's body from the error itself (not from the library's serialised shape).
 */
import { TRPCError } from "@trpc/server";
import { createOpenApiNodeHttpHandler, type OpenApiRouter } from "trpc-to-openapi";

const CREATE_CONTEXT = Symbol("rehearse.openapi.createContext");
const FAILURE = Symbol("rehearse.openapi.failure");

interface TFailure {
  error?: unknown;
}

type TTaggedRequest<TContext> = Request & { [CREATE_CONTEXT]?: () => Promise<TContext>; [FAILURE]?: TFailure };

export interface TOpenApiFetchResult {
  response: Response;
  /** What the procedure (or the context, or the adapter) threw, when the request failed. */
  error?: unknown;
}
type TNodeHandler = (req: unknown, res: unknown) => Promise<void>;

export interface TResponseMetaInput<TContext> {
  ctx?: TContext;
  paths?: string[];
  errors: unknown[];
}

/** The library's body handling: JSON and form bodies parsed up front, a parse failure reported when read. */
async function readBody(req: Request): Promise<{ ok: true; data: unknown } | { ok: false; cause: unknown }> {
  try {
    const type = req.headers.get("content-type") ?? "";
    if (type.includes("application/json")) return { ok: true, data: JSON.parse(await req.text()) };
    if (type.includes("application/x-www-form-urlencoded")) {
      const params = new URLSearchParams(await req.text());
      return { ok: true, data: Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])) };
    }
    return { ok: true, data: req.body };
  } catch (cause) {
    return { ok: false, cause };
  }
}

export function createOpenApiFetch<TContext>(options: {
  router: OpenApiRouter;
  endpoint: `/${string}`;
  responseMeta: (input: TResponseMetaInput<TContext>) => { status?: number; headers?: Record<string, string> };
}): (req: Request, createContext: () => Promise<TContext>) => Promise<TOpenApiFetchResult> {
  let handler: TNodeHandler | undefined;
  // Built on first use, not at import: the library checks NODE_ENV when it builds the handler.
  const nodeHandler = (): TNodeHandler =>
    (handler ??= createOpenApiNodeHttpHandler({
      router: options.router,
      createContext: ({ req }: { req: TTaggedRequest<TContext> }) => req[CREATE_CONTEXT]!(),
      responseMeta: options.responseMeta,
      onError: ({ error, req }: { error: unknown; req: TTaggedRequest<TContext> }) => {
        const failure = req[FAILURE];
        if (failure) failure.error = error;
      },
    } as never) as unknown as TNodeHandler);

  return async (req, createContext) => {
    const url = new URL(req.url.replace(options.endpoint, "")).toString();
    const body = await readBody(req);
    const failure: TFailure = {};
    const proxied = new Proxy(req as TTaggedRequest<TContext>, {
      get: (target, property) => {
        if (property === "url") return url;
        if (property === CREATE_CONTEXT) return createContext;
        if (property === FAILURE) return failure;
        if (property === "body") {
          if (!body.ok) throw new TRPCError({ code: "PARSE_ERROR", message: "Failed to parse request body", cause: body.cause });
          return body.data;
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return new Promise<TOpenApiFetchResult>((resolve, reject) => {
      const headers = new Headers();
      let status = 200;
      const res = {
        setHeader: (name: string, value: string | string[]) => {
          if (typeof value === "string") headers.set(name, value);
          else for (const item of value) headers.append(name, item);
        },
        get statusCode() {
          return status;
        },
        set statusCode(code: number) {
          status = code;
        },
        end: (text?: string) => resolve({ response: new Response(text, { status, headers }), error: failure.error }),
      };
      nodeHandler()(proxied, res).catch(reject);
    });
  };
}
