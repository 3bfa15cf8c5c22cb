/**
 * The REST mirror of the tRPC procedures under /api/v1 (trpc-to-openapi), with the contract's
 * behaviour on top: 1 MiB body limit, malformed JSON → 400, the error body of api-v1.md,
 * success statuses from procedure metadata, headers set by procedures, optional CORS.
 */
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { appRouter } from "@/server/api/root";
import { createContextInner, type TContext, type TProcedureMeta } from "@/server/api/trpc";
import { getEnv } from "@/server/env";
import { AppError, toAppError } from "@/server/errors";
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import { errorResponse } from "./error-body";
import { readBodyWithLimit } from "./read-body";
import { clientIp } from "./client-ip";
import { corsHeaders, preflightResponse } from "./cors";

export const REST_PREFIX = "/api/v1";

function procedureMeta(path: string | undefined): TProcedureMeta | undefined {
  if (!path) return undefined;
  // _def.procedures is keyed by the dotted path ("health.get"); its typing is a nested router shape.
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: TProcedureMeta } } | undefined>;
  return procedures[path]?._def.meta;
}

export async function handleRestRequest(req: Request, requestId: string): Promise<Response> {
  const cors = corsHeaders(req, getEnv().CORS_ORIGINS);
  if (req.method === "OPTIONS") return preflightResponse(req, cors);

  // Read the body ourselves, with the limit, then hand the adapter a request it can read again.
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const body = hasBody ? await readBodyWithLimit(req) : undefined;
  const replayable = new Request(req.url, { method: req.method, headers: req.headers, body });

  let context: TContext | undefined;
  const response = await createOpenApiFetchHandler({
    endpoint: REST_PREFIX,
    router: appRouter,
    req: replayable,
    createContext: async () => {
      context = createContextInner({
        requestId,
        user: await resolveRequestUser(req, "bearer"),
        ip: clientIp(req),
        transport: "rest",
      });
      return context;
    },
    responseMeta: ({ errors, paths }) => {
      const headers = { ...(context?.res.headers ?? {}) };
      const firstError = errors[0];
      if (firstError) return { status: toAppError(firstError).status, headers };
      return { status: context?.res.status ?? procedureMeta(paths?.[0])?.successStatus ?? 200, headers };
    },
  });

  const headers = new Headers(response.headers);
  for (const [key, value] of Object.entries(cors)) headers.set(key, value);
  if (response.status >= 400) {
    // Rebuild the adapter's error into the contract's body from what our errorFormatter put in `data`.
    const shape = (await response.json().catch(() => ({}))) as {
      message?: string;
      data?: { appCode?: string; details?: Record<string, unknown> | null };
    };
    const appError = shape.data?.appCode
      ? new AppError(shape.data.appCode as AppError["code"], shape.message ?? "Error", shape.data.details ?? undefined)
      : toAppError(new Error("unknown"));
    headers.delete("content-length");
    return errorResponse(appError, requestId, headers);
  }
  if (response.status === 204) return new Response(null, { status: 204, headers });
  return new Response(response.body, { status: response.status, headers });
}
