import { z } from "zod";
import { changePassword } from "@/server/accounts/change-password";
import { requestEmailChange } from "@/server/accounts/change-email";
import { deleteAccount } from "@/server/accounts/delete-account";
import { exportUserData } from "@/server/accounts/export-data";
import { getUser, updateProfile } from "@/server/accounts/profile";
import { toPublicUser } from "@/server/accounts/public-user";
import {
  ZChangeEmailInputSchema,
  ZChangePasswordInputSchema,
  ZDeleteAccountInputSchema,
  ZUpdateProfileInputSchema,
} from "@/server/accounts/schemas";
import { protectedProcedure, router } from "@/server/api/trpc";
import { noContentProcedure, ownDataQuery } from "@/server/api/procedure-kinds";
import { ZAcceptedSchema, ZUserResponseSchema } from "@/server/contracts/auth";
import { ZUserExportSchema } from "@/server/contracts/me";

export const meRouter = router({
  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/me", tags: ["me"], summary: "Your profile", errorResponses: [401] } })
    .input(z.void())
    .output(ZUserResponseSchema)
    .query(async ({ ctx }) => ({ user: toPublicUser(await getUser(ctx.db, ctx.user.id)) })),

  update: protectedProcedure
    .meta({ openapi: { method: "PATCH", path: "/me", tags: ["me"], summary: "Update your profile and preferences", errorResponses: [400, 401] } })
    .input(ZUpdateProfileInputSchema)
    .output(ZUserResponseSchema)
    .mutation(async ({ ctx, input }) => ({ user: toPublicUser(await updateProfile(ctx.db, ctx.user.id, input)) })),

  changePassword: noContentProcedure({ method: "POST", path: "/me/password", tags: ["me"], summary: "Change your password. Ends every session and token except the browser session that asks: an API client signs in again (POST /auth/token)", errorResponses: [400, 401, 429] })
    .input(ZChangePasswordInputSchema)
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.db, { userId: ctx.user.id, ...input, keepSid: ctx.sessionId });
    }),

  changeEmail: protectedProcedure
    .meta({
      openapi: { method: "POST", path: "/me/email", tags: ["me"], summary: "Change your email (verified through a link sent to the new address)", errorResponses: [400, 401, 429] },
      successStatus: 202,
    })
    .input(ZChangeEmailInputSchema)
    .output(ZAcceptedSchema)
    .mutation(async ({ ctx, input }) => {
      await requestEmailChange(ctx.db, { userId: ctx.user.id, ...input });
      return { accepted: true as const, message: `We sent a link to ${input.newEmail}. Your email changes when you open it.` };
    }),

  export: ownDataQuery(ZUserExportSchema, exportUserData, { method: "GET", path: "/me/export", tags: ["me"], summary: "Download all your data", errorResponses: [401] }),

  delete: noContentProcedure({ method: "DELETE", path: "/me", tags: ["me"], summary: "Delete your account and all its data", errorResponses: [400, 401, 429, 503] })
    .input(ZDeleteAccountInputSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteAccount(ctx.db, { userId: ctx.user.id, password: input.password });
    }),
});
