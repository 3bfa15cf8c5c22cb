"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/password-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { NETWORK_ERROR_MESSAGE, useFormErrors, validate } from "@/app/_components/use-form-errors";
import { ZSignInInputSchema } from "@/server/accounts/schemas";
import { AuthHeading } from "../auth-heading";
import { OAuthButtons, type TOAuthProvider } from "./oauth-buttons";
import { SignInError } from "./sign-in-error";

const FIELDS = ["email", "password"] as const;

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
  const errors = useFormErrors("sign-in", FIELDS);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<TFailure | null>(
    initialError ? { kind: "auth", error: initialError, code: initialErrorCode } : null,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setFailure(null);
    const checked = validate(ZSignInInputSchema, { email, password }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    setPending(true);
    try {
      const result = await signIn("credentials", { ...checked.data, redirect: false });
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
    <>
      <AuthHeading title="Sign in to Rehearse">
        <p>Welcome back. Pick up where you left off.</p>
      </AuthHeading>
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-5">
        {failure ? (
          <FormAlert>{failure.kind === "network" ? <p>{NETWORK_ERROR_MESSAGE}</p> : <SignInError error={failure.error} code={failure.code} />}</FormAlert>
        ) : null}
        {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
        <TextField
          id={errors.idFor("email")}
          label="Email"
          type="email"
          inputMode="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            errors.clearField("email");
          }}
          error={errors.fieldErrors.email}
          required
        />
        <div>
          <PasswordField
            id={errors.idFor("password")}
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              errors.clearField("password");
            }}
            error={errors.fieldErrors.password}
            required
          />
          <p className="mt-2 text-right text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-700 underline hover:text-brand-900">
              Forgot password?
            </Link>
          </p>
        </div>
        <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
          Sign in
        </SubmitButton>
      </form>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-slate-700">
        New to Rehearse?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline hover:text-brand-900">
          Create an account
        </Link>
      </p>
    </>
  );
}
