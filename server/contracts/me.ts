/** The me router's procedures (me.*, REST /me): profile, password, email change, export, deletion. Client-safe. */
import { z } from "zod";
import { ZUserStatusSchema } from "./vocabulary/roles";
import { ZPublicUserSchema } from "./users";

export const ZUserExportSchema = z
  .object({
    format: z.literal("rehearse-export/1"),
    exportedAt: z.string(),
    user: ZPublicUserSchema.extend({
      status: ZUserStatusSchema,
      emailVerifiedAt: z.string().nullable(),
      updatedAt: z.string(),
    }),
    linkedAccounts: z.array(z.object({ provider: z.string(), type: z.string() })),
    apiLogins: z.array(z.object({ createdAt: z.string(), revokedAt: z.string().nullable(), revokedReason: z.string().nullable() })),
    emailsSent: z.array(z.object({ subject: z.string(), status: z.string(), createdAt: z.string(), sentAt: z.string().nullable() })),
  })
  .catchall(z.unknown())
  .describe("Everything Rehearse holds about you; later sections (interviews, answers, payments) are added as the product grows.");
