import { ok } from "@/server/api/ok";
import { adminProcedure } from "@/server/api/trpc";
import { listAudit } from "@/server/admin/audit";
import { grantPlanAsAdmin } from "@/server/admin/grant-plan";
import { searchUsers, setUserRole, setUserStatus, userDetail } from "@/server/admin/users-admin";
import { ZAuditInputSchema, ZAuditResponseSchema, ZGrantPlanRequestSchema, ZGrantPlanResponseSchema, ZIdInputSchema, ZOkSchema, ZSetUserRoleInputSchema, ZSetUserStatusInputSchema, ZUserDetailSchema, ZUserSearchInputSchema, ZUserSearchResponseSchema } from "@/server/contracts/admin";
import { actorOf } from "./actor";

/** Users, their roles, status and plan grants, and the audit log of what admins did. */
export const userProcedures = {
  users: adminProcedure
    .input(ZUserSearchInputSchema)
    .output(ZUserSearchResponseSchema)
    .query(({ ctx, input }) => searchUsers(ctx.db, input)),

  user: adminProcedure
    .input(ZIdInputSchema)
    .output(ZUserDetailSchema)
    .query(({ ctx, input }) => userDetail(ctx.db, input.id)),

  setUserRole: adminProcedure
    .input(ZSetUserRoleInputSchema)
    .output(ZOkSchema)
    .mutation(({ ctx, input }) => ok(setUserRole(ctx.db, actorOf(ctx.user), input.id, input.role))),

  setUserStatus: adminProcedure
    .input(ZSetUserStatusInputSchema)
    .output(ZOkSchema)
    .mutation(({ ctx, input }) => ok(setUserStatus(ctx.db, actorOf(ctx.user), input.id, input.status, input.note))),

  grantPlan: adminProcedure
    .input(ZGrantPlanRequestSchema)
    .output(ZGrantPlanResponseSchema)
    .mutation(({ ctx, input }) => grantPlanAsAdmin(ctx.db, actorOf(ctx.user), input)),

  audit: adminProcedure
    .input(ZAuditInputSchema)
    .output(ZAuditResponseSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
};
