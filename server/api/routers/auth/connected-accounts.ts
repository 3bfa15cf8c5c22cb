import { listConnectedAccounts, unlinkAccount } from "@/server/auth/connected-accounts";
import { protectedProcedure } from "@/server/api/trpc";
import { ownDataQuery } from "@/server/api/procedure-kinds";
import { ZConnectedAccountsSchema, ZUnlinkAccountInputSchema } from "@/server/contracts/auth";

/** Settings → Connected accounts. Linking itself goes through Auth.js (signIn with the provider while signed in). */
export const connectedAccountsProcedures = {
  connectedAccounts: ownDataQuery(ZConnectedAccountsSchema, listConnectedAccounts),

  unlinkAccount: protectedProcedure
    .input(ZUnlinkAccountInputSchema)
    .output(ZConnectedAccountsSchema)
    .mutation(async ({ ctx, input }) => {
      await unlinkAccount(ctx.db, { userId: ctx.user.id, provider: input.provider });
      return listConnectedAccounts(ctx.db, ctx.user.id);
    }),
};
