import { z } from "zod";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { requestPasswordReset, resetPassword } from "@/server/accounts/password-reset";
import { toPublicUser } from "@/server/accounts/public-user";
import { registerUser } from "@/server/accounts/register";
import { candidateLanguage } from "@/server/questions/candidate-language";
import { DEFAULT_LANGUAGE } from "@/server/contracts/vocabulary/languages";
import { ZRegisterInputSchema, ZResetPasswordInputSchema, ZTokenInputSchema } from "@/server/accounts/schemas";
import { resendVerification, verifyEmail } from "@/server/accounts/verify-email";
import { endAllSessions } from "@/server/accounts/end-sessions";
import { getUser } from "@/server/accounts/profile";
import { hashToken } from "@/server/auth/tokens/random-token";
import { issueTokenPair, revokeRefreshToken, rotateRefreshToken } from "@/server/auth/tokens/refresh-tokens";
import {
  FORGOT_PASSWORD_PER_EMAIL,
  FORGOT_PASSWORD_PER_IP,
  RESET_PASSWORD_PER_IP,
  RESET_PASSWORD_PER_TOKEN,
  SIGNUP_PER_IP,
} from "@/server/rate-limit/fixed-window";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { protectedProcedure, publicProcedure, router } from "@/server/api/trpc";
import { noContentProcedure } from "@/server/api/procedure-kinds";
import { connectedAccountsProcedures } from "./connected-accounts";
import {
  ZAcceptedSchema,
  ZForgotPasswordInputSchema,
  ZRefreshInputSchema,
  ZRegisterResponseSchema,
  ZResetResponseSchema,
  ZSentSchema,
  ZSignInInputSchema,
  ZTokenPairSchema,
  ZTokenResponseSchema,
  ZUserResponseSchema,
  ZVerifyEmailResponseSchema,
} from "@/server/contracts/auth";

const REGISTER_RESPONSE = {
  status: "verification_sent" as const,
  message:
    "Check your inbox to finish. No email within a few minutes? Check your spam folder; if you already have an account, sign in or reset your password.",
};
const FORGOT_PASSWORD_MESSAGE = "If an account exists for this email, we have sent a link to reset its password.";

export const authRouter = router({
  register: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/register",
        protect: false,
        tags: ["auth"],
        summary: "Create an account",
        description:
          "Answers 202 with the same body whether or not the email already has an account: a new account gets a verification link, an existing owner gets an email saying someone tried to sign up (at most one an hour).",
        errorResponses: [400, 429],
      },
      successStatus: 202,
    })
    .input(ZRegisterInputSchema)
    .output(ZRegisterResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "signup:ip", ctx.ip, SIGNUP_PER_IP);
      // A Russian or Korean sign-up page (cookie, else Accept-Language) makes that the account's language,
      // so its emails speak it. English is also the fallback, so it says nothing: the account follows the browser.
      const language = await candidateLanguage({ db: ctx.db, user: null, headers: ctx.headers });
      await registerUser(ctx.db, { ...input, language: language === DEFAULT_LANGUAGE ? undefined : language });
      return REGISTER_RESPONSE;
    }),

  verifyEmail: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/verify-email", protect: false, tags: ["auth"], summary: "Verify an email address from its link", errorResponses: [400, 409] } })
    .input(ZTokenInputSchema)
    .output(ZVerifyEmailResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await verifyEmail(ctx.db, input.token);
      return { verified: true as const, email: result.email, emailChanged: result.changedFrom !== null };
    }),

  resendVerification: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/auth/resend-verification", tags: ["auth"], summary: "Send a new verification link", errorResponses: [401, 429] } })
    .input(z.void())
    .output(ZSentSchema)
    .mutation(async ({ ctx }) => {
      await enforceRateLimit(ctx, "resend-verification:user", ctx.user.id, FORGOT_PASSWORD_PER_EMAIL);
      return resendVerification(ctx.db, ctx.user.id);
    }),

  token: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/token", protect: false, tags: ["auth"], summary: "Sign in for API tokens", errorResponses: [400, 401, 403, 429] } })
    .input(ZSignInInputSchema)
    .output(ZTokenResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const user = await authenticateWithPassword(ctx.db, { ...input, ip: ctx.ip, via: "api" });
      const pair = await issueTokenPair(ctx.db, user);
      return { ...pair, user: toPublicUser(user) };
    }),

  refresh: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/refresh", protect: false, tags: ["auth"], summary: "Rotate a refresh token", errorResponses: [400, 401] } })
    .input(ZRefreshInputSchema)
    .output(ZTokenPairSchema)
    .mutation(({ ctx, input }) => rotateRefreshToken(ctx.db, input.refreshToken)),

  logout: noContentProcedure({ method: "POST", path: "/auth/logout", tags: ["auth"], summary: "Revoke a refresh token and its family", errorResponses: [400, 401] })
    .input(ZRefreshInputSchema)
    .mutation(async ({ ctx, input }) => {
      await revokeRefreshToken(ctx.db, input.refreshToken, ctx.user.id);
    }),

  forgotPassword: publicProcedure
    .meta({
      openapi: { method: "POST", path: "/auth/forgot-password", protect: false, tags: ["auth"], summary: "Email a password reset link", errorResponses: [400, 429] },
      successStatus: 202,
    })
    .input(ZForgotPasswordInputSchema)
    .output(ZAcceptedSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "forgot-password:ip", ctx.ip, FORGOT_PASSWORD_PER_IP);
      await enforceRateLimit(ctx, "forgot-password:email", input.email, FORGOT_PASSWORD_PER_EMAIL);
      await requestPasswordReset(ctx.db, input.email);
      return { accepted: true as const, message: FORGOT_PASSWORD_MESSAGE };
    }),

  resetPassword: publicProcedure
    .meta({
      openapi: { method: "POST", path: "/auth/reset-password", protect: false, tags: ["auth"], summary: "Set a new password from a reset link", errorResponses: [400, 429] },
    })
    .input(ZResetPasswordInputSchema)
    .output(ZResetResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "reset-password:ip", ctx.ip, RESET_PASSWORD_PER_IP);
      // Keyed by the token's hash: rate-limit rows must not hold a live reset token.
      await enforceRateLimit(ctx, "reset-password:token", hashToken(input.token), RESET_PASSWORD_PER_TOKEN);
      await resetPassword(ctx.db, input);
      return { reset: true as const };
    }),

  signOutEverywhere: noContentProcedure({ method: "POST", path: "/auth/sign-out-everywhere", tags: ["auth"], summary: "End every session and API token", errorResponses: [401] })
    .input(z.void())
    .mutation(async ({ ctx }) => {
      await endAllSessions(ctx.db, ctx.user.id, "sign_out_everywhere");
    }),

  ...connectedAccountsProcedures,

  /** The web app's view of who is signed in (null when nobody). */
  session: publicProcedure
    .input(z.void())
    .output(ZUserResponseSchema.nullable())
    .query(async ({ ctx }) => (ctx.user ? { user: toPublicUser(await getUser(ctx.db, ctx.user.id)) } : null)),
});
