/**
 * The web app's tRPC endpoint. Mutations must be JSON and same-site (a form on another site
 * cannot trigger one); bodies over 1 MiB are refused before they are read; a batch carries at most
 * TRPC_MAX_BATCH_SIZE calls.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createRequestContext, type TContext } from "@/server/api/trpc";
import { TRPC_MAX_BATCH_SIZE } from "@/server/contracts/trpc-batch";
import { getEnv } from "@/server/env";
import { AppError, toAppError } from "@/server/errors";
import { readBodyWithLimit } from "./read-body";
import { retryAfterHeader } from "./retry-after";
import { checkSameOrigin, isJsonContentType } from "./same-origin";

export const TRPC_ENDPOINT = "/api/trpc";

export async function handleTrpcRequest(req: Request, requestId: string): Promise<Response> {
  let replayable = req;
  if (req.method === "POST") {
    const verdict = checkSameOrigin(req, getEnv().APP_URL);
    if (!verdict.ok) throw new AppError("FORBIDDEN", verdict.reason);
    if (!isJsonContentType(req)) {
      throw new AppError("VALIDATION_ERROR", "Send the request body as JSON with Content-Type: application/json.");
    }
    replayable = withBodyText(req, await readBodyWithLimit(req));
  }
  let context: TContext | undefined;
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    router: appRouter,
    req: replayable,
    maxBatchSize: TRPC_MAX_BATCH_SIZE,
    createContext: async () => (context = await createRequestContext(req, { requestId, transport: "web" })),
    responseMeta: ({ errors }) => {
      const headers = context?.res.headers ?? {};
      const first = errors[0];
      return first ? { status: toAppError(first).status, headers: { ...headers, ...retryAfterHeader(first) } } : { headers };
    },
  });
}

/**
 * The request as tRPC sees it once we have read its body (with the limit): tRPC reads a JSON body
 * through `json()` only, which parses the text we hold. A second Request built around the text
 * (its headers copied, a body stream made and read back) cost more than the parse itself.
 */
export function withBodyText(req: Request, body: string): Request {
  return new Proxy(req, {
    get: (target, property) => {
      if (property === "json") return async () => JSON.parse(body) as unknown;
      if (property === "text") return async () => body;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
