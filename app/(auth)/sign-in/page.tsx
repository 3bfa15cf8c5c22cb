import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { configuredOAuthProviders } from "@/server/auth/auth";
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
  if (await getCurrentUserOrNull()) redirect(callbackUrl);
  return (
    <SignInForm
      providers={configuredOAuthProviders()}
      callbackUrl={callbackUrl}
      initialError={first(params.error) ?? null}
      initialErrorCode={first(params.code) ?? null}
    />
  );
}
