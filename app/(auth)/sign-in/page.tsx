import { redirect } from "next/navigation";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { configuredOAuthProviders } from "@/server/auth/oauth-providers";
import { safeCallbackUrl } from "../safe-callback-url";
import { SignInForm } from "./sign-in-form";
import { firstParam, type TSearchParams } from "@/app/_components/search-params";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.signIn.metaTitle");

export default async function SignInPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const error = firstParam(params.error) ?? null;
  if (await getCurrentUserOrNull()) {
    // Signed in, an Auth.js error can only come from connecting a provider in Settings: say it there.
    redirect(error ? `/settings?linkError=${encodeURIComponent(error)}#connected-accounts` : callbackUrl);
  }
  return (
    <SignInForm
      providers={configuredOAuthProviders()}
      callbackUrl={callbackUrl}
      initialError={error}
      initialErrorCode={firstParam(params.code) ?? null}
    />
  );
}
