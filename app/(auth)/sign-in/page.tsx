import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { configuredOAuthProviders } from "@/server/auth/oauth-providers";
import { safeCallbackUrl } from "../safe-callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  const error = first(params.error) ?? null;
  if (await getCurrentUserOrNull()) {
    // Signed in, an Auth.js error can only come from connecting a provider in Settings: say it there.
    redirect(error ? `/settings?linkError=${encodeURIComponent(error)}#connected-accounts` : callbackUrl);
  }
  return (
    <SignInForm
      providers={configuredOAuthProviders()}
      callbackUrl={callbackUrl}
      initialError={error}
      initialErrorCode={first(params.code) ?? null}
    />
  );
}
