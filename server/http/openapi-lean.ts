/**
 * REST GET requests without trpc-to-openapi's per-request work. For every GET the library looks the
 * procedure up, reads the query, then walks the input schema again to switch on coercion (building a
 * throwaway `z.string()` for each enum field, about 3% of GET /questions' CPU) and re-parses the URL.
 * Here the same steps run with the library's own exported helpers, and what does not change between
 * requests (which procedure a path is, whether it takes input, which of its fields are arrays, the
 * coercion flags) is worked out once. The outcome is the adapter's: status and headers from
 * responseMeta, the data as JSON, errors as the TRPCError the adapter would report
 * (openapi-get.test.ts compares both paths request by request). Everything that is not a GET of a
 * known query path still goes through the adapter.
 */
import { TRPCError } from "@trpc/server";
import {
  coerceSchema,
  forEachOpenApiProcedure,
  getInputOutputParsers,
  getPathRegExp,
  instanceofZodTypeLikeVoid,
  instanceofZodTypeObject,
  instanceofZodTypeOptional,
  normalizePath,
  unwrapZodType,
  zodSupportsCoerce,
  type OpenApiRouter,
} from "trpc-to-openapi";
import { ZodArray } from "zod";

export interface TGetProcedure {
  /** The procedure's dotted path in the router ("catalog.questions"). */
  path: string;
  /** The path's parameters ({id}), as the adapter takes them: undecoded. */
  pathInput: Record<string, string>;
  /** False for procedures without input (z.void()): their input stays undefined. */
  takesInput: boolean;
  /** Query fields the schema declares as arrays: a single value becomes a one-item array. */
  arrayKeys: string[];
}

interface TEntry {
  path: string;
  regex: RegExp;
  takesInput: boolean;
  arrayKeys: string[];
}

function isArraySchema(shape: unknown): boolean {
  return shape instanceof ZodArray || (instanceofZodTypeOptional(shape as never) && (shape as { unwrap(): unknown }).unwrap() instanceof ZodArray);
}

/** The GET queries of `router`, in the adapter's order; finds the procedure of a normalized path. */
export function createGetProcedureLookup(router: OpenApiRouter): (pathname: string) => TGetProcedure | undefined {
  const entries: TEntry[] = [];
  forEachOpenApiProcedure(router._def.procedures, ({ path, procedure, meta: { openapi } }) => {
    if (procedure._def.type === "subscription" || openapi.method !== "GET") return;
    const { inputParser } = getInputOutputParsers(procedure);
    const unwrapped = unwrapZodType(inputParser, true);
    const arrayKeys: string[] = [];
    if (zodSupportsCoerce && instanceofZodTypeObject(unwrapped)) {
      for (const [key, shape] of Object.entries(unwrapped.shape)) if (isArraySchema(shape)) arrayKeys.push(key);
      // The adapter makes this change to the schema on every request; it is the same every time.
      coerceSchema(unwrapped);
    }
    entries.push({ path, regex: getPathRegExp(normalizePath(openapi.path)), takesInput: !instanceofZodTypeLikeVoid(unwrapped), arrayKeys });
  });
  return (pathname) => {
    const normalized = normalizePath(pathname);
    const entry = entries.find((candidate) => candidate.regex.test(normalized));
    if (!entry) return undefined;
    return { path: entry.path, pathInput: entry.regex.exec(normalized)?.groups ?? {}, takesInput: entry.takesInput, arrayKeys: entry.arrayKeys };
  };
}

/** The input the adapter builds for a GET: the query (one value, or all of a repeated key), then the path's parameters. */
export function getInput(procedure: TGetProcedure, url: URL): Record<string, unknown> | undefined {
  if (!procedure.takesInput) return undefined;
  const query: Record<string, string[]> = {};
  url.searchParams.forEach((value, key) => {
    (query[key] ??= []).push(value);
  });
  const input: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(query)) input[key] = values.length === 1 ? values[0] : values;
  Object.assign(input, procedure.pathInput);
  for (const key of procedure.arrayKeys) {
    if (input[key] !== undefined && !Array.isArray(input[key])) input[key] = [input[key]];
  }
  return input;
}

/** What the adapter reports for a thrown value: a TRPCError as it is, anything else as INTERNAL_SERVER_ERROR around it. */
export function errorFromUnknown(cause: unknown): TRPCError {
  if (cause instanceof Error && cause.name === "TRPCError") return cause as TRPCError;
  const error = new TRPCError({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR", cause: cause instanceof Error ? cause : undefined });
  if (cause instanceof Error && cause.stack) error.stack = cause.stack;
  return error;
}
