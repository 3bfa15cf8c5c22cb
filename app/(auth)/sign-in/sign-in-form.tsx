"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { FormEmailField, FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { richLink, TEXT_LINK_CLASS } from "@/app/_components/rich-link";
import { NETWORK_ERROR_MESSAGE } from "@/app/_components/use-form-errors";
import type * as z from "zod";
import { ZSignInInputSchema } from "@/server/contracts/auth";
import { AuthForm } from "../auth-form";
import { OAuthButtons, type TOAuthProvider } from "./oauth-buttons";
import { SignInError } from "./sign-in-error";

interface SignInFormProps {
  providers: TOAuthProvider[];
  callbackUrl: string;
  /** From the URL, when Auth.js sent the browser back here (OAuth refused, account not linked…). */
  initialError: string | null;
  initialErrorCode: string | null;
}

type TFailure = { kind: "auth"; error: string; code: string | null } | { kind: "network" };

export function SignInForm({ providers, callbackUrl, initialError, initialErrorCode }: SignInFormProps) {
  const router = useRouter();
  const t = useTranslations("auth.signIn");
  const form = useZodForm(ZSignInInputSchema, { id: "sign-in", defaultValues: { email: "", password: "" } });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<TFailure | null>(
    initialError ? { kind: "auth", error: initialError, code: initialErrorCode } : null,
  );

  async function onSubmit(values: z.output<typeof ZSignInInputSchema>) {
    setFailure(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (!result || result.error) {
        setFailure({ kind: "auth", error: result?.error ?? "CredentialsSignin", code: result?.code ?? null });
        setPending(false);
        return;
      }
      // Stays "Signing in…" until the next page replaces this one.
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setFailure({ kind: "network" });
      setPending(false);
    }
  }

  return (
    <AuthForm
      messages="auth.signIn"
      form={form}
      pending={pending}
      onSubmit={onSubmit}
      status={
        failure ? (
          <FormAlert>{failure.kind === "network" ? <p>{NETWORK_ERROR_MESSAGE}</p> : <SignInError error={failure.error} code={failure.code} />}</FormAlert>
        ) : null
      }
      below={<OAuthButtons providers={providers} callbackUrl={callbackUrl} />}
      footnote={t.rich("newHere", { link: richLink("/sign-up") })}
    >
      <FormEmailField name="email" autoComplete="username" required />
      <div>
        <FormPasswordField name="password" required />
        <p className="mt-2 text-right text-sm">
          <Link href="/forgot-password" className={TEXT_LINK_CLASS}>
            {t("forgot")}
          </Link>
        </p>
      </div>
    </AuthForm>
  );
}
