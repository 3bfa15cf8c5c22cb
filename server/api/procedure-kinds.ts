/**
 * Procedure shapes several routers share, declared once: a router names what differs (the REST
 * route, the schema, the domain call) and nothing else. Built on the procedures of trpc.ts.
 */
import { z } from "zod";
import type { TDatabase } from "@/db";
import { protectedProcedure, type TProcedureMeta } from "./trpc";

type TOpenApi = NonNullable<TProcedureMeta["openapi"]>;

/**
 * The signed-in user's own data, read in one call: no input, the output schema, and the REST route
 * when REST serves it (`GET /me/...`).
 */
export function ownDataQuery<TOut, TIn>(output: z.ZodType<TOut, TIn>, read: (db: TDatabase, userId: string) => Promise<TIn>, openapi?: TOpenApi) {
  return protectedProcedure
    .meta(openapi ? { openapi } : {})
    .input(z.void())
    .output(output)
    // `read` is checked against the schema's input type above; tRPC cannot resolve that type while TIn is generic.
    .query(({ ctx }) => read(ctx.db, ctx.user.id) as Promise<never>);
}

/** A signed-in action whose REST answer is 204 No Content: the route and the empty output said once; add `.input()` and the mutation. */
export function noContentProcedure(openapi: TOpenApi) {
  return protectedProcedure.meta({ openapi, successStatus: 204 }).output(z.void());
}

/** A 204 action on one of the signed-in user's own rows, named by `{ id }` (abandon an interview, delete it). */
export function ownRowAction(
  input: z.ZodType<{ id: string }, { id: string }>,
  act: (db: TDatabase, userId: string, id: string) => Promise<unknown>,
  openapi: TOpenApi,
) {
  return noContentProcedure(openapi)
    .input(input)
    .mutation(async ({ ctx, input: { id } }) => {
      await act(ctx.db, ctx.user.id, id);
    });
}
