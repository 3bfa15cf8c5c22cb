/** Who a user is to the platform: their role and whether their account is usable. */
import { z } from "zod";

export const ROLES = ["user", "admin"] as const;
export const ZRoleSchema = z.enum(ROLES);
export type TRole = z.infer<typeof ZRoleSchema>;

export const USER_STATUSES = ["active", "suspended"] as const;
export const ZUserStatusSchema = z.enum(USER_STATUSES);
export type TUserStatus = z.infer<typeof ZUserStatusSchema>;

/** The signed-in user as every request sees it (the session cookie or a bearer token resolves to it). */
export interface TSessionUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
}
