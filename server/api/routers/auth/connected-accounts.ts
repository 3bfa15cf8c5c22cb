import { z } from "zod";
import { listConnectedAccounts, unlinkAccount } from "@/server/auth/connected-accounts";
import { protectedProcedure } from "@/server/api/trpc";
import { zSafeLine } from "@/server/contracts/safe-string";

export const ZConnectedAccountsSchema = z.object({
  hasPassword: z.boolean(),
  providers: z.array(z.object({ id: z.string(), name: z.string(), configured: z.boolean(), connected: z.boolean() })),
});

export const ZUnlinkAccountInputSchema = z.object({
  provider: zSafeLine()
    .min(1, { error: "Name the provider to disconnect." })
    .max(40, { error: "A provider id has at most 40 characters." }),
});

/** Settings → Connected accounts. Linking itself goes through Auth.js (signIn with the provider while signed in). */
export const connectedAccountsProcedures = {
  connectedAccounts: protectedProcedure
    .input(z.void())
    .output(ZConnectedAccountsSchema)
    .query(({ ctx }) => listConnectedAccounts(ctx.db, ctx.user.id)),

  unlinkAccount: protectedProcedure
    .input(ZUnlinkAccountInputSchema)
    .output(ZConnectedAccountsSchema)
    .mutation(async ({ ctx, input }) => {
      await unlinkAccount(ctx.db, { userId: ctx.user.id, provider: input.provider });
      return listConnectedAccounts(ctx.db, ctx.user.id);
    }),
};
