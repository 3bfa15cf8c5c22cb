/**
 * REST requests without trpc-to-openapi's per-request work. For every request the library looks
 * the procedure up (testing each pattern of its method), reads the query or the body, then walks the
 * input schema again to switch on coercion (building a throwaway `z.string()` for each enum field,
 * about 3% of GET /questions' CPU), re-parses the URL and goes through a stand-in Node response.
 * Here the same steps run with the library's own exported helpers, and what does not change between
 * requests (which procedure a method and path are, whether it takes input, which of its fields are
 * arrays) is worked out once. The outcome is the adapter's: status and headers from
 * responseMeta, the data as JSON, errors as the TRPCError the adapter would report, in the same
 * order (unknown procedure, content type, body, then the context and the call; openapi-lean.test.ts
 * compares both paths request by request). Paths that match no procedure still go through the adapter.
 * Deliberate differences: a query is read more strictly than the adapter reads it (queryInput), and
 * no schema is switched to coercion. The adapter sets `coerce` on the input schema's number and
 * boolean fields, for bodies too, and those schema objects are the ones tRPC itself validates with:
 * `"reviewReminders": "false"` became `true` (Boolean("false")), `"questionCount": [2]` became 2, and
 * after one REST request the browser's tRPC calls coerced the same way. A JSON body has real types,
 * so it is validated as sent; a query's numbers are converted here, once their digits are checked.
 */
import { TRPCError } from "@trpc/server";
import {
  acceptsRequestBody,
  forEachOpenApiProcedure,
  getInputOutputParsers,
  getPathRegExp,
  instanceofZodTypeLikeVoid,
  instanceofZodTypeObject,
  instanceofZodTypeOptional,
  normalizePath,
  unwrapZodType,
  type OpenApiRouter,
} from "trpc-to-openapi";
import { ZodArray, ZodNumber } from "zod";
import { isJsonMediaType } from "./same-origin";
import { AppError, toTrpcError } from "@/server/errors";

export interface TLeanProcedure {
  /** The procedure's dotted path in the router ("catalog.questions"). */
  path: string;
  /** The path's parameters ({id}), as the adapter takes them: undecoded. */
  pathInput: Record<string, string>;
  /** False for procedures without input (z.void()): their input stays undefined. */
  takesInput: boolean;
  /** POST, PUT, PATCH read a JSON body; GET and DELETE the query. */
  useBody: boolean;
  /** Query fields the schema declares as arrays: a single value becomes a one-item array. */
  arrayKeys: string[];
  /** The other query fields the schema declares, by what a value must look like (see queryInput). */
  singleKeys: Map<string, TQueryValueKind>;
  /** A body procedure's fields, nested objects' too (null when its input is no object): a body or object naming none of them is refused (bodyInput). */
  bodyKeys: TBodyKeys | null;
  /**
   * Calls the procedure as `router.createCaller(ctx)` would (the same options to the procedure),
   * without the caller's recursive proxies, one per path segment and request.
   */
  call(ctx: unknown, input: unknown, signal: AbortSignal | undefined): Promise<unknown>;
}

type TEntry = Omit<TLeanProcedure, "pathInput"> & { regex: RegExp };

/** An object schema's field names, each with its own fields when it is an object too (`preferences`). */
type TBodyKeys = ReadonlyMap<string, TBodyKeys | null>;

function bodyKeysOf(shape: Record<string, unknown>): TBodyKeys {
  return new Map(
    Object.entries(shape).map(([key, field]) => {
      const inner = unwrapZodType(field as Parameters<typeof unwrapZodType>[0], true);
      return [key, instanceofZodTypeObject(inner) ? bodyKeysOf(inner.shape) : null];
    }),
  );
}

type TQueryValueKind = "integer" | "number" | "text";

function isArraySchema(shape: unknown): boolean {
  return shape instanceof ZodArray || (instanceofZodTypeOptional(shape as never) && (shape as { unwrap(): unknown }).unwrap() instanceof ZodArray);
}

/** A query field's kind under its optional/default/nullable wrappers. */
function queryValueKind(shape: unknown): TQueryValueKind {
  let inner = shape as { _def?: { innerType?: unknown } } | undefined;
  while (inner?._def?.innerType) inner = inner._def.innerType as typeof inner;
  if (!(inner instanceof ZodNumber)) return "text";
  return inner.isInt ? "integer" : "number";
}

/** The procedures of `router` by method, in the adapter's order; finds the procedure of a method and normalized path. */
export function createProcedureLookup(router: OpenApiRouter): (method: string, pathname: string) => TLeanProcedure | undefined {
  const byMethod = new Map<string, TEntry[]>();
  forEachOpenApiProcedure(router._def.procedures, ({ path, procedure, meta: { openapi } }) => {
    if (procedure._def.type === "subscription") return;
    const { inputParser } = getInputOutputParsers(procedure);
    const unwrapped = unwrapZodType(inputParser, true);
    const isObject = instanceofZodTypeObject(unwrapped);
    const useBody = acceptsRequestBody(openapi.method);
    const arrayKeys: string[] = [];
    const singleKeys = new Map<string, TQueryValueKind>();
    if (isObject && !useBody) {
      for (const [key, shape] of Object.entries(unwrapped.shape)) {
        if (isArraySchema(shape)) arrayKeys.push(key);
        else singleKeys.set(key, queryValueKind(shape));
      }
    }
    const type = procedure._def.type;
    const run = procedure as unknown as (options: Record<string, unknown>) => Promise<unknown>;
    const call = (ctx: unknown, input: unknown, signal: AbortSignal | undefined) => run({ path, getRawInput: async () => input, ctx, type, signal, batchIndex: 0 });
    const entries = byMethod.get(openapi.method) ?? [];
    byMethod.set(openapi.method, entries);
    const bodyKeys = isObject && useBody ? bodyKeysOf(unwrapped.shape) : null;
    entries.push({ path, regex: getPathRegExp(normalizePath(openapi.path)), takesInput: !instanceofZodTypeLikeVoid(unwrapped), useBody, arrayKeys, singleKeys, bodyKeys, call });
  });
  return (method, pathname) => {
    const normalized = normalizePath(pathname);
    const entry = byMethod.get(method)?.find((candidate) => candidate.regex.test(normalized));
    if (!entry) return undefined;
    const { regex, ...procedure } = entry;
    return { ...procedure, pathInput: regex.exec(normalized)?.groups ?? {} };
  };
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function queryError(key: string, problem: string): TRPCError {
  return toTrpcError(new AppError("VALIDATION_ERROR", `Invalid input — ${key}: ${problem}`, { fields: { [key]: problem } }));
}

/**
 * The input the adapter builds from a query (GET, DELETE): one value, or all of a repeated key, then
 * the path's parameters. Stricter than the adapter in two ways, each a 400 naming the parameter
 * before the context: a field that is not an array given more than once (`?limit=5&limit=6` reached
 * zod as an array: "expected a number"), and a number written other than in decimal digits, which
 * the adapter takes silently (coercion is `Number(value)`: `?wait=0x10` waited 16 s, `1e1` is 10,
 * an empty value 0). A value that is no number at all keeps the schema's own message.
 */
export function queryInput(procedure: TLeanProcedure, url: URL): Record<string, unknown> | undefined {
  if (!procedure.takesInput) return undefined;
  const query: Record<string, string[]> = {};
  url.searchParams.forEach((value, key) => {
    (query[key] ??= []).push(value);
  });
  refuseOnlyUnknownParameters(procedure, Object.keys(query));
  const input: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(query)) {
    const kind = Object.hasOwn(procedure.pathInput, key) ? undefined : procedure.singleKeys.get(key);
    if (kind && values.length > 1) throw queryError(key, "given more than once; send it once");
    // Only what coercion would have taken as a number: anything else gets the schema's own message.
    const value = values[0]!;
    const coerced = (kind === "integer" || kind === "number") && Number.isFinite(Number(value));
    if (coerced && kind === "integer" && !INTEGER.test(value)) throw queryError(key, "must be a whole number in decimal digits");
    if (coerced && kind === "number" && !DECIMAL.test(value)) throw queryError(key, "must be a number in decimal digits");
    // A query's values are text: a number field gets the number its digits write (the schema is not coerced).
    input[key] = coerced ? Number(value) : values.length === 1 ? values[0] : values;
  }
  Object.assign(input, procedure.pathInput);
  for (const key of procedure.arrayKeys) {
    if (input[key] !== undefined && !Array.isArray(input[key])) input[key] = [input[key]];
  }
  return input;
}

/**
 * A query whose parameters are all unknown to the endpoint (`GET /interviews?staus=completed`) is a
 * 400 naming them: dropped, it answered every interview as if unfiltered. Beside a known parameter an
 * unknown one is still dropped, as bodies' unknown fields are (refuseOnlyUnknownFields).
 */
function refuseOnlyUnknownParameters(procedure: TLeanProcedure, sentKeys: readonly string[]): void {
  const isPathKey = (key: string) => Object.hasOwn(procedure.pathInput, key);
  const known = [...procedure.singleKeys.keys(), ...procedure.arrayKeys].filter((key) => !isPathKey(key));
  const sent = sentKeys.filter((key) => !isPathKey(key));
  if (known.length === 0 || sent.length === 0 || sent.some((key) => known.includes(key))) return;
  const named = sent.slice(0, NAMED_UNKNOWN);
  const problem = `not a query parameter of this endpoint (it takes ${known.join(", ")})`;
  throw toTrpcError(
    new AppError("VALIDATION_ERROR", `Invalid input — ${named.join(", ")}: not a query parameter of this endpoint; it takes ${known.join(", ")}.`, {
      fields: Object.fromEntries(named.map((key) => [key, problem])),
    }),
  );
}

/** The library's body handling: a JSON body parsed up front, a parse failure reported when read. */
export function parseBody(contentType: string, text: string | undefined): { ok: true; data: unknown } | { ok: false; cause: unknown } {
  // Only JSON bodies reach the adapter's body reading (it refuses any other content type first).
  if (text === undefined || !isJsonMediaType(contentType)) return { ok: true, data: undefined };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (cause) {
    return { ok: false, cause };
  }
}

export function bodyParseError(cause: unknown): TRPCError {
  return new TRPCError({ code: "PARSE_ERROR", message: "Failed to parse request body", cause: cause instanceof Error ? cause : undefined });
}

/**
 * The input the adapter builds from a JSON body (POST, PUT, PATCH): the content type checked first,
 * then the body's fields and the path's parameters over them. Throws what the adapter throws.
 */
export function bodyInput(procedure: TLeanProcedure, contentType: string | undefined, text: string | undefined): Record<string, unknown> | undefined {
  if (!isJsonMediaType(contentType)) {
    throw new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: contentType ? `Unsupported content-type "${contentType}` : "Missing content-type header" });
  }
  if (!procedure.takesInput) return undefined;
  const body = parseBody(contentType ?? "", text);
  if (!body.ok) throw bodyParseError(body.cause);
  refuseOnlyUnknownFields(procedure, body.data);
  // A spread, as the adapter's: a body that is not an object spreads as JS spreads it (rest-handler refuses those first).
  return { ...(body.data as object), ...procedure.pathInput };
}

/** How many unknown field names a refusal lists. */
const NAMED_UNKNOWN = 5;

/**
 * A body whose fields are all unknown to the endpoint (`PATCH /me {"nmae": "Ann"}`) is a 400 naming
 * them: validated as it was, every field optional, it answered 200 and changed nothing. So is an
 * object field whose own fields are all unknown (`{"preferences": {"langauge": "ru"}}`). Unknown
 * fields beside known ones are still dropped, as the schema drops them, so a client that sends a
 * field from a newer version of the contract keeps working.
 */
function refuseOnlyUnknownFields(procedure: TLeanProcedure, data: unknown): void {
  if (!procedure.bodyKeys) return;
  // Own keys only: "toString" or "constructor" is no path parameter, however `in` sees an object.
  refuseUnknownIn(procedure.bodyKeys, data, "", (key) => Object.hasOwn(procedure.pathInput, key));
}

function refuseUnknownIn(keys: TBodyKeys, data: unknown, prefix: string, isPathKey: (key: string) => boolean): void {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return;
  const sent = Object.keys(data).filter((key) => !isPathKey(key));
  if (sent.length > 0 && !sent.some((key) => keys.has(key))) {
    const named = sent.slice(0, NAMED_UNKNOWN).map((key) => `${prefix}${key}`);
    const known = [...keys.keys()].filter((key) => !isPathKey(key)).join(", ");
    const where = prefix ? `of ${prefix.slice(0, -1)}` : "of this endpoint";
    throw toTrpcError(
      new AppError("VALIDATION_ERROR", `Invalid input — ${named.join(", ")}: not a field ${where}; it takes ${known}.`, {
        fields: Object.fromEntries(named.map((key) => [key, `not a field ${where} (it takes ${known})`])),
      }),
    );
  }
  for (const key of sent) {
    const nested = keys.get(key);
    if (nested) refuseUnknownIn(nested, (data as Record<string, unknown>)[key], `${prefix}${key}.`, () => false);
  }
}

/** What the adapter reports for a thrown value: a TRPCError as it is, anything else as INTERNAL_SERVER_ERROR around it. */
export function errorFromUnknown(cause: unknown): TRPCError {
  if (cause instanceof Error && cause.name === "TRPCError") return cause as TRPCError;
  const error = new TRPCError({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR", cause: cause instanceof Error ? cause : undefined });
  if (cause instanceof Error && cause.stack) error.stack = cause.stack;
  return error;
}
