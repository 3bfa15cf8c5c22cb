"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/password-field";
import { PasswordStrengthMeter } from "@/app/_components/password-strength-meter";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZRegisterInputSchema } from "@/server/accounts/schemas";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/auth/password-policy";
import { AuthHeading } from "../auth-heading";
import { DevMailboxNote } from "../dev-mailbox-note";

const FIELDS = ["name", "email", "password"] as const;

interface SignUpFormProps {
  signedInAs: { name: string; email: string } | null;
  devMailboxHref: string | null;
}

export function SignUpForm({ signedInAs, devMailboxHref }: SignUpFormProps) {
  const errors = useFormErrors("sign-up", FIELDS);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [signingIn, setSigningIn] = useState(false);
  const [done, setDone] = useState<{ email: string } | null>(null);
  const register = api.auth.register.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending || signingIn) return;
    const checked = validate(ZRegisterInputSchema, { name, email, password }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    register.mutate(checked.data, {
      onError: errors.failFromServer,
      // The answer is the same whether or not the email already had an account. Signing in with the
      // password just chosen works for a new account; the page shows the same thing either way.
      onSuccess: async () => {
        setSigningIn(true);
        await signIn("credentials", { email: checked.data.email, password, redirect: false }).catch(() => undefined);
        setSigningIn(false);
        setPassword("");
        setDone({ email: checked.data.email });
      },
    });
  }

  if (done) return <CheckInbox email={done.email} devMailboxHref={devMailboxHref} />;

  if (signedInAs) {
    return (
      <>
        <AuthHeading title="You already have an account">
          <p>
            You are signed in as <span dir="auto" className="font-medium text-slate-900">{signedInAs.name}</span> ({signedInAs.email}).
          </p>
        </AuthHeading>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/dashboard" className={buttonClass("primary")}>
            Go to your dashboard
          </Link>
          <SignOutButton />
        </div>
      </>
    );
  }

  const pending = register.isPending || signingIn;
  return (
    <>
      <AuthHeading title="Create your account">
        <p>Practise real interview questions and get a score you can trust.</p>
      </AuthHeading>
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-5">
        {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
        <TextField
          id={errors.idFor("name")}
          label="Name"
          autoComplete="name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            errors.clearField("name");
          }}
          error={errors.fieldErrors.name}
          required
        />
        <TextField
          id={errors.idFor("email")}
          label="Email"
          type="email"
          inputMode="email"
          autoComplete="email"
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
            autoComplete="new-password"
            hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Any characters, spaces too; not a common password or your email.`}
            extraDescribedBy="sign-up-password-strength"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              errors.clearField("password");
            }}
            error={errors.fieldErrors.password}
            required
          />
          <PasswordStrengthMeter id="sign-up-password-strength" password={password} userInputs={[name, email]} />
        </div>
        <SubmitButton pending={pending} pendingLabel="Creating your account…" className="w-full">
          Create account
        </SubmitButton>
      </form>
      <p className="mt-6 text-center text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
          Sign in
        </Link>
      </p>
    </>
  );
}

/**
 * The same page for a new account and for an address that already had one (whose owner was
 * emailed instead), so it never tells which. "Continue" is a full page load: the header is a server
 * component and must see the session the sign-in above may have started; without one, /dashboard
 * leads to the sign-in page.
 */
function CheckInbox({ email, devMailboxHref }: { email: string; devMailboxHref: string | null }) {
  const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";
  return (
    <div>
      <FocusHeading>Check your inbox to finish</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        We sent an email to <span className="break-all font-medium text-slate-900">{email}</span>. Open the link in it to verify your
        address: you need a verified email to start interviews. The link works for 24 hours.
      </p>
      <DevMailboxNote href={devMailboxHref} />
      <h2 className="mt-6 text-base font-semibold text-slate-900">No email after a few minutes?</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Check your spam or junk folder, and that the address above is spelled right.</li>
        <li>
          Already have an account with this address? Then we emailed you there instead:{" "}
          <Link href="/sign-in" className={linkClass}>
            sign in
          </Link>{" "}
          or{" "}
          <Link href="/forgot-password" className={linkClass}>
            reset your password
          </Link>
          .
        </li>
        <li>Once signed in, you can send a new link from the banner at the top of every page.</li>
      </ul>
      {/* A plain link on purpose: see the comment above. */}
      <a href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        Continue
      </a>
    </div>
  );
}
