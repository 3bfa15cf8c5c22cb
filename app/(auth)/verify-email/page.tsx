import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { VerifyEmail } from "./verify-email";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.verifyEmail.metaTitle", { referrer: "no-referrer" });

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The server render only passes the token along; the browser spends it after the page loads,
 * so link scanners in mail systems (which fetch but don't run scripts) don't use it up.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: TSearchParams }) {
  const { token } = await searchParams;
  const user = await getCurrentUserOrNull();
  return (
    <VerifyEmail
      token={typeof token === "string" ? token : null}
      signedInUser={user ? { email: user.email, emailVerified: user.emailVerified } : null}
    />
  );
}
