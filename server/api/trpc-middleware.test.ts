/**
 * Signed-in procedures check access in the same middleware that maps AppErrors (trpc.ts): one level
 * of tRPC's chain fewer on every call, with the same refusals and the same error mapping.
 */
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { AppError } from "@/server/errors";
import { adminProcedure, createCallerFactory, createContextInner, protectedProcedure, publicProcedure, router } from "./trpc";

const member = { id: "2b7e1516-28ae-4d2a-9f1c-1f0a5c3b7e11", email: "m@example.test", name: "M", role: "user" as const };
const admin = { ...member, role: "admin" as const };

const testRouter = router({
  open: publicProcedure.input(z.object({ fail: z.boolean() })).output(z.string()).query(({ input }) => {
    if (input.fail) throw new AppError("NOT_FOUND", "No such thing.");
    return "open";
  }),
  mine: protectedProcedure.input(z.object({ fail: z.boolean() })).output(z.string()).query(({ ctx, input }) => {
    if (input.fail) throw new AppError("CONFLICT", "Changed meanwhile.");
    return ctx.user.email;
  }),
  admin: adminProcedure.output(z.string()).query(({ ctx }) => ctx.user.role),
});
const callerOf = (user: TSessionUser | null) => createCallerFactory(testRouter)(createContextInner({ requestId: "t", user }));

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(() => null, (cause: unknown) => cause);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("the procedure tiers", () => {
  it("signed-in procedures run no more middleware levels than public ones", () => {
    const levels = (procedure: unknown) => (procedure as { _def: { middlewares: unknown[] } })._def.middlewares.length;
    expect(levels(testRouter.mine)).toBe(levels(testRouter.open));
    expect(levels(testRouter.admin)).toBe(levels(testRouter.open) - 1);
  });

  it("refuses as before: no user 401, not an admin 403, each with its AppError as cause", async () => {
    const anonymous = await failure(callerOf(null).mine({ fail: false }));
    expect(anonymous.code).toBe("UNAUTHORIZED");
    expect(anonymous.message).toBe("Sign in to continue.");
    expect(anonymous.cause).toBeInstanceOf(AppError);
    expect((await failure(callerOf(null).admin())).code).toBe("UNAUTHORIZED");
    const forbidden = await failure(callerOf(member).admin());
    expect(forbidden.code).toBe("FORBIDDEN");
    expect((forbidden.cause as AppError).code).toBe("FORBIDDEN");
  });

  it("passes the user on and maps a procedure's AppError to its tRPC code in every tier", async () => {
    expect(await callerOf(member).mine({ fail: false })).toBe(member.email);
    expect(await callerOf(admin).admin()).toBe("admin");
    const conflict = await failure(callerOf(member).mine({ fail: true }));
    expect(conflict.code).toBe("CONFLICT");
    expect((conflict.cause as AppError).code).toBe("CONFLICT");
    expect((await failure(callerOf(null).open({ fail: true }))).code).toBe("NOT_FOUND");
    expect((await failure(callerOf(member).mine({ fail: "x" } as never))).code).toBe("BAD_REQUEST");
  });
});
