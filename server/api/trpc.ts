/**
 * tRPC setup, in three parts:
 * 1. context — what every procedure sees (database, user, request id, response metadata);
 *    `createRequestContext` builds it from a request (tRPC, REST and server components alike),
 *    `createContextInner` without HTTP, for tests and internal callers.
 * 2. init — superjson for the web client, OpenAPI metadata for the REST mirror, one error formatter.
 * 3. procedures — public, protected (signed-in user) and admin tiers built from middlewares.
 */
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { type TDatabase } from "@/db";
import { getDb } from "@/server/db";
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import { clientIp } from "@/server/client-ip";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { AppError, toAppError, toTrpcError } from "@/server/errors";
import { logUnexpectedError } from "@/server/log-unexpected";
import { syncFirstBuilder } from "./sync-first-schema";

// ── 1. context ──────────────────────────────────────────────────────────────

/** Procedures may set a status (201, 202, 204, 503) and headers (RateLimit-*, Retry-After) here. */
export interface TResponseMeta {
  status?: number;
  headers: Record<string, string>;
}

export interface TContext {
  db: TDatabase;
  user: TSessionUser | null;
  /** The browser session's id, when the caller uses one. */
  sessionId: string | null;
  /** A bearer token sent but refused (expired, invalid): what signed-in procedures answer instead of "sign in". */
  tokenRefusal?: AppError | null;
  requestId: string;
  ip: string | null;
  /** "web" for the tRPC endpoint, "rest" for /api/v1, "internal" for server-side callers and tests. */
  transport: "web" | "rest" | "internal";
  /** The request's headers (empty for internal callers), e.g. for Idempotency-Key. */
  headers: Headers;
  res: TResponseMeta;
}

export function createContextInner(options: Partial<TContext> & { requestId: string }): TContext {
  return {
    db: options.db ?? getDb(),
    user: options.user ?? null,
    sessionId: options.sessionId ?? null,
    tokenRefusal: options.tokenRefusal ?? null,
    requestId: options.requestId,
    ip: options.ip ?? null,
    transport: options.transport ?? "internal",
    headers: options.headers ?? new Headers(),
    res: options.res ?? { headers: {} },
  };
}

/**
 * The context of a request: who calls (the session cookie on the web app and server components,
 * a bearer token on the REST API), from where, with which headers.
 */
export async function createRequestContext(req: Request, options: { requestId: string; transport: "web" | "rest" }): Promise<TContext> {
  const identity = await resolveRequestUser(req, options.transport === "rest" ? "bearer" : "session");
  return createContextInner({
    requestId: options.requestId,
    user: identity.user,
    sessionId: identity.sessionId,
    tokenRefusal: identity.tokenRefusal,
    ip: clientIp(req),
    headers: req.headers,
    transport: options.transport,
  });
}

// ── 2. init ─────────────────────────────────────────────────────────────────

export interface TProcedureMeta extends OpenApiMeta {
  /** Status of a successful REST response when it is not 200 (201 created, 202 accepted, 204 no content). */
  successStatus?: number;
}

const t = initTRPC
  .context<TContext>()
  .meta<TProcedureMeta>()
  .create({
    transformer: superjson,
    // Subscriptions stream as server-sent events: a ping keeps proxies from closing an idle stream,
    // the client reconnects (with the last event id) after silence or when a stream hits its limit.
    sse: {
      ping: { enabled: true, intervalMs: 15_000 },
      client: { reconnectAfterInactivityMs: 40_000 },
      maxDurationMs: 10 * 60_000,
    },
    errorFormatter({ shape, error }) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") {
        logUnexpectedError(error, "unhandled error in procedure");
      }
      return {
        ...shape,
        // Never send internals (stack, raw messages of unknown errors) to a client.
        message: appError.message,
        data: {
          code: shape.data.code,
          httpStatus: appError.status,
          path: shape.data.path,
          appCode: appError.code,
          details: appError.details ?? null,
        },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

// ── 3. procedures ───────────────────────────────────────────────────────────

/** An AppError a procedure threw (tRPC wraps it as INTERNAL_SERVER_ERROR) back as its own tRPC code. */
function withAppErrorCode<TResult extends { ok: boolean }>(result: TResult): TResult {
  if (!result.ok) {
    const failed = result as TResult & { error: { cause?: unknown } };
    if (failed.error.cause instanceof AppError) return { ...failed, error: toTrpcError(failed.error.cause) };
  }
  return result;
}

/**
 * Domain code throws AppError; tRPC wraps it as an INTERNAL_SERVER_ERROR. This puts back the
 * matching tRPC code (so the web endpoint answers 404, 429… too) and keeps the AppError as cause.
 */
const appErrors = t.middleware(async ({ next }) => withAppErrorCode(await next()));

/**
 * The error mapping and the access check of signed-in procedures as ONE middleware: every level
 * of tRPC's chain copies the call's options (twice) and the context, on every call, and the check
 * needs no level of its own. A refusal is thrown already mapped (what appErrors made of it).
 */
function signedInAs(allowed: (user: TSessionUser) => AppError | null) {
  return t.middleware(async ({ ctx, next }) => {
    const refusal = ctx.user ? allowed(ctx.user) : (ctx.tokenRefusal ?? new AppError("UNAUTHORIZED", "Sign in to continue."));
    if (refusal) throw toTrpcError(refusal);
    // Only the user is passed: tRPC merges it into the context (the type narrows to a signed-in user).
    return withAppErrorCode(await next({ ctx: { user: ctx.user as TSessionUser } }));
  });
}

/**
 * Every procedure's input and output are validated synchronously first (sync-first-schema.ts):
 * the same values and errors as tRPC's parseAsync for a fraction of the CPU, on every procedure
 * built from these, REST and the web app alike.
 */
export const publicProcedure = syncFirstBuilder(t.procedure.use(appErrors));

export const protectedProcedure = syncFirstBuilder(t.procedure.use(signedInAs(() => null)));

export const adminProcedure = syncFirstBuilder(
  t.procedure.use(signedInAs((user) => (user.role === "admin" ? null : new AppError("FORBIDDEN", "This needs an administrator account.")))),
);
