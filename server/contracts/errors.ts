/**
 * The error vocabulary the server, the REST contract and the UI share: each code's HTTP status and
 * the shape of its `details`, so a client narrows a QUOTA_EXCEEDED or a stale-version CONFLICT
 * without casts: `errorDetails(error, "QUOTA_EXCEEDED")?.resetsAt`. Client-safe: zod only.
 */
import { z } from "zod";

export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** The path exists but not with this method (PUT /api/v1/tracks): details and the Allow header list the methods it takes. */
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** It existed and was deleted on purpose (a recording's audio after the retention period). */
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  /** An upload whose bytes are not a kind the endpoint takes (a text file named .wav): details name what was found. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A Range that starts past the end of the audio: details give its size in bytes (Content-Range says it too). */
  RANGE_NOT_SATISFIABLE: 416,
  /** Node's HTTP parser refused the request's headers as too large (server/http/client-error.ts). */
  HEADERS_TOO_LARGE: 431,
  /** The request's headers did not arrive within the server's headers timeout. */
  REQUEST_TIMEOUT: 408,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as TErrorCode[];
export const ZErrorCodeSchema = z.enum(ERROR_CODES as [TErrorCode, ...TErrorCode[]]);

/** Field path ("preferences.timeZone") → what is wrong with it; forms put these under the fields. */
const ZFieldErrorsSchema = z.record(z.string(), z.string());

/** The latest answer when another tab or device answered first: enough to show it and its total. */
const ZStaleAnswerSchema = z.looseObject({
  id: z.string(),
  attempt: z.number(),
  status: z.string(),
  text: z.string(),
  score: z.looseObject({ total: z.number() }).nullable(),
});

/**
 * What `details` holds for each code (absent when a code has nothing more to say). Loose objects:
 * a code may carry more than its schema names, but never less.
 */
export const ERROR_DETAILS_SCHEMAS = {
  VALIDATION_ERROR: z.looseObject({
    fields: ZFieldErrorsSchema.optional(),
    /** A machine-readable reason where the message alone is not enough (e.g. a password policy code). */
    reason: z.string().optional(),
    field: z.string().optional(),
  }),
  UNAUTHORIZED: z.looseObject({}),
  FORBIDDEN: z.looseObject({ reason: z.enum(["email_unverified", "actor_not_admin"]) }),
  NOT_FOUND: z.looseObject({}),
  CONFLICT: z.union([
    z.looseObject({
      reason: z.literal("stale_version"),
      expectedVersion: z.number().int(),
      currentVersion: z.number().int(),
      current: ZStaleAnswerSchema.nullable(),
    }),
    z.looseObject({ reason: z.enum(["scoring_pending", "idempotency_key_in_use", "idempotency_key_reused"]) }),
    /** A verification link opened again after it verified the account's address (server/accounts/verify-email.ts). */
    z.looseObject({ reason: z.literal("already_verified") }),
    /** One question's attempts in one interview are capped (server/interviews/submit-answer.ts). */
    z.looseObject({ reason: z.literal("attempt_limit"), limit: z.number().int() }),
    z.looseObject({ action: z.literal("manage_billing"), plan: z.string().optional(), status: z.string().optional() }),
    z.looseObject({ fields: ZFieldErrorsSchema }),
  ]),
  METHOD_NOT_ALLOWED: z.looseObject({ allowed: z.array(z.string()) }),
  GONE: z.looseObject({}),
  PAYLOAD_TOO_LARGE: z.looseObject({ limitBytes: z.number().int() }),
  UNSUPPORTED_MEDIA_TYPE: z.looseObject({ found: z.string(), accepted: z.array(z.string()) }),
  RANGE_NOT_SATISFIABLE: z.looseObject({ size: z.number().int() }),
  HEADERS_TOO_LARGE: z.looseObject({ limitBytes: z.number().int() }),
  REQUEST_TIMEOUT: z.looseObject({}),
  RATE_LIMITED: z.looseObject({ retryAfterSeconds: z.number(), resetsAt: z.string().optional() }),
  QUOTA_EXCEEDED: z.looseObject({ limit: z.number().int(), used: z.number().int(), resetsAt: z.string().nullable(), plan: z.string() }),
  /** Never shown to a user; kept for the logs of an internal invariant. */
  INTERNAL: z.record(z.string(), z.unknown()),
  SERVICE_UNAVAILABLE: z.looseObject({ retryAfterSeconds: z.number() }),
} satisfies Record<TErrorCode, z.ZodType>;

export type TErrorDetails<C extends TErrorCode = TErrorCode> = z.infer<(typeof ERROR_DETAILS_SCHEMAS)[C]>;

/** The contract's REST error body (api-v1.md). */
export const ZErrorBodySchema = z.object({
  error: z.object({ code: ZErrorCodeSchema, message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
  requestId: z.string(),
});

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

/** The app code and details of a tRPC client error (`error.data`) or a REST error body (`body.error`). */
function codeAndDetails(error: unknown): { code: unknown; details: unknown } | null {
  const outer = asRecord(error);
  const data = asRecord(outer?.data);
  if (data) return { code: data.appCode, details: data.details };
  const rest = asRecord(outer?.error);
  if (rest) return { code: rest.code, details: rest.details };
  return null;
}

/** The app's error code of a failed call (null for a network failure or anything not ours). */
export function appCodeOf(error: unknown): TErrorCode | null {
  const parsed = ZErrorCodeSchema.safeParse(codeAndDetails(error)?.code);
  return parsed.success ? parsed.data : null;
}

/**
 * The typed details of a failed call when it failed with `code` (else null), e.g.
 * `errorDetails(error, "QUOTA_EXCEEDED")?.resetsAt`. Checked against the code's schema, so a
 * details object of another shape is null rather than a lie.
 */
export function errorDetails<C extends TErrorCode>(error: unknown, code: C): TErrorDetails<C> | null {
  const found = codeAndDetails(error);
  if (!found || found.code !== code) return null;
  const parsed = ERROR_DETAILS_SCHEMAS[code].safeParse(found.details ?? {});
  return parsed.success ? (parsed.data as TErrorDetails<C>) : null;
}
