/** The auth router's procedures (auth.*, REST /auth/*); sign-up and the token inputs are in ./accounts.ts. Client-safe. */
import { z } from "zod";
import { ZEmailSchema } from "./email";
import { zSafeLine } from "./safe-string";
import { ZPublicUserSchema } from "./users";
import { PASSWORD_MAX } from "./vocabulary/passwords";

/** A password being checked (not chosen): bounded, so a 1 MB "password" is never hashed. */
export const ZCurrentPasswordSchema = zSafeLine()
  .min(1, { error: "Enter your password." })
  .max(PASSWORD_MAX * 4, { error: "That password is longer than any we accept." });

export const ZSignInInputSchema = z.object({ email: ZEmailSchema, password: ZCurrentPasswordSchema });

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


export const ZVerifyEmailResponseSchema = z.object({
  verified: z.literal(true),
  /** The account's address now. */
  email: z.string(),
  /** True when the link finished an email change (the old address was told). */
  emailChanged: z.boolean(),
});

export const ZSentSchema = z.object({ sent: z.boolean() });
export const ZResetResponseSchema = z.object({ reset: z.literal(true) });

export const ZConnectedAccountsSchema = z.object({
  hasPassword: z.boolean(),
  providers: z.array(z.object({ id: z.string(), name: z.string(), configured: z.boolean(), connected: z.boolean() })),
});

export const ZUnlinkAccountInputSchema = z.object({
  provider: zSafeLine()
    .min(1, { error: "Name the provider to disconnect." })
    .max(40, { error: "A provider id has at most 40 characters." }),
});
