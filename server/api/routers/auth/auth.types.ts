import { z } from "zod";
import { zSafeLine } from "@/server/contracts/safe-string";
import { ZPublicUserSchema } from "@/server/contracts/users";
import { ZEmailSchema } from "@/server/auth/normalize-email";

export const ZUserResponseSchema = z.object({ user: ZPublicUserSchema });

export const ZTokenPairSchema = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().describe("Seconds until the access token expires"),
  })
  .meta({ example: { accessToken: "eyJhbGciOi…", refreshToken: "q5f3…", tokenType: "Bearer", expiresIn: 900 } });

export const ZTokenResponseSchema = ZTokenPairSchema.extend({ user: ZPublicUserSchema });

export const ZRefreshInputSchema = z.object({ refreshToken: zSafeLine().min(16).max(200) });

export const ZForgotPasswordInputSchema = z.object({ email: ZEmailSchema });

/** The same for a new and an already-registered email, so the answer never tells whether an account exists. */
export const ZRegisterResponseSchema = z
  .object({ status: z.literal("verification_sent"), message: z.string() })
  .meta({ example: { status: "verification_sent", message: "Check your inbox to finish." } });

export const ZAcceptedSchema = z.object({ accepted: z.literal(true), message: z.string() });

export const ZNoContentSchema = z.void();
