/**
 * tRPC validates a procedure's input and output with the schema's `parseAsync`. Zod 4 skips its
 * compiled (JIT) object parser in async parsing, so a list of 20 rows cost about 60 µs where a
 * synchronous parse costs about 12 (docs/performance.md). `syncFirst` returns a copy of the schema
 * whose `parseAsync` parses synchronously and only falls back to the asynchronous parse when the
 * schema needs it (an async refinement or transform): same result, same errors, same stripping of
 * undeclared fields. The copy is still the same Zod schema (the OpenAPI document reads it).
 *
 * `syncFirstBuilder` applies it to every `.input()` and `.output()` of a procedure builder and of
 * every builder made from it, so the procedures of trpc.ts parse this way without each router
 * having to remember it.
 */
import type { z } from "zod";
import { $ZodAsyncError } from "zod/v4/core";

/** Copies made here → the schema they copy (tests compare both; a copy is never copied again). */
const originals = new WeakMap<object, z.ZodType>();

export function syncFirst<TSchema extends z.ZodType>(schema: TSchema): TSchema {
  if (originals.has(schema)) return schema;
  const copy = schema.clone() as TSchema;
  const parseAsync = copy.parseAsync.bind(copy);
  Object.defineProperty(copy, "parseAsync", {
    value: async (data: unknown, params?: Parameters<TSchema["parse"]>[1]) => {
      try {
        return copy.parse(data, params);
      } catch (error) {
        if (error instanceof $ZodAsyncError) return parseAsync(data, params);
        throw error;
      }
    },
  });
  originals.set(copy, schema);
  return copy;
}

/** The schema a sync-first copy was made from (undefined for anything else). */
export function syncFirstOriginal(schema: unknown): z.ZodType | undefined {
  return typeof schema === "object" && schema !== null ? originals.get(schema) : undefined;
}

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null && "_zod" in value && typeof (value as { clone?: unknown }).clone === "function";
}

/** A Zod schema's sync-first copy; any other validator as it is (tRPC accepts several kinds). */
function syncFirstParser(parser: unknown): unknown {
  return isZodSchema(parser) ? syncFirst(parser) : parser;
}

type TBuilderMethod = (...args: unknown[]) => unknown;
/** Builder methods that return another builder (query, mutation and subscription end the chain). */
const CHAINED = ["use", "meta", "concat", "unstable_concat", "experimental_caller"] as const;

/**
 * The same procedure builder, except that `.input(schema)` and `.output(schema)` get the schema's
 * sync-first copy, here and on every builder chained from it. tRPC's builder methods close over
 * their definition (no `this`), so a copy of the object with some methods replaced behaves the same.
 */
export function syncFirstBuilder<TBuilder extends object>(builder: TBuilder): TBuilder {
  const methods = builder as unknown as Record<string, TBuilderMethod>;
  const wrapped: Record<string, unknown> = {
    ...builder,
    input: (parser: unknown) => syncFirstBuilder(methods.input!(syncFirstParser(parser)) as object),
    output: (parser: unknown) => syncFirstBuilder(methods.output!(syncFirstParser(parser)) as object),
  };
  for (const name of CHAINED) {
    const method = methods[name];
    if (typeof method === "function") wrapped[name] = (...args: unknown[]) => syncFirstBuilder(method(...args) as object);
  }
  return wrapped as TBuilder;
}
