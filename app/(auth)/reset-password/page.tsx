import { ResetPasswordForm } from "./reset-password-form";
import { titleMetadata } from "@/app/_components/page-metadata";
import { ZResetPasswordInputSchema } from "@/server/contracts/accounts";
import { peekEmailToken } from "@/server/auth/email-tokens";
import { getDb } from "@/server/db";

export const generateMetadata = titleMetadata("auth.resetPassword.metaTitle", { referrer: "no-referrer" });

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A link that is used, expired or unknown says so at once (the form showed, and the error came only
 * after a new password was typed). Looking the link up does not spend it.
 */
async function usableToken(token: unknown): Promise<string | null> {
  if (typeof token !== "string" || !ZResetPasswordInputSchema.shape.token.safeParse(token).success) return null;
  return (await peekEmailToken(getDb(), { token, purpose: "reset_password" })) ? token : null;
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: TSearchParams }) {
  const { token } = await searchParams;
  return <ResetPasswordForm token={await usableToken(token)} />;
}
