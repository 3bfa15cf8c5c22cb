"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZSignInInputSchema } from "@/server/accounts/schemas";
import { AuthHeading } from "../auth-heading";
import { DevMailboxNote } from "../dev-mailbox-note";

const FIELDS = ["email"] as const;
const ZEmailOnlySchema = ZSignInInputSchema.pick({ email: true });

export function ForgotPasswordForm({ devMailboxHref }: { devMailboxHref: string | null }) {
  const errors = useFormErrors("forgot-password", FIELDS);
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = api.auth.forgotPassword.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const checked = validate(ZEmailOnlySchema, { email }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    request.mutate(checked.data, {
      onError: errors.failFromServer,
      onSuccess: () => setSentTo(checked.data.email),
    });
  }

  if (sentTo) {
    return (
      <Sent
        email={sentTo}
        devMailboxHref={devMailboxHref}
        onRetry={() => {
          setSentTo(null);
          request.reset();
        }}
      />
    );
  }

  return (
    <>
      <AuthHeading title="Reset your password">
        <p>Enter the email you signed up with and we’ll send you a link to choose a new password.</p>
      </AuthHeading>
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={request.isPending} className="space-y-5">
        {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
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
        <SubmitButton pending={request.isPending} pendingLabel="Sending…" className="w-full">
          Send the reset link
        </SubmitButton>
      </form>
      <p className="mt-6 text-center text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
          Sign in
        </Link>
      </p>
    </>
  );
}

/** The same words whether or not the account exists, so this page never tells who has one. */
function Sent({ email, devMailboxHref, onRetry }: { email: string; devMailboxHref: string | null; onRetry: () => void }) {
  return (
    <div>
      <FocusHeading>Check your inbox</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        If an account exists for <span className="break-all font-medium text-slate-900">{email}</span>, we have sent a link to reset its
        password. The link works for one hour.
      </p>
      <DevMailboxNote href={devMailboxHref} />
      <p className="mt-5 text-sm text-slate-700">No email after a few minutes? Check your spam folder, or check the address and try again.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          Back to sign in
        </Link>
        <button type="button" onClick={onRetry} className={buttonClass("secondary")}>
          Try another email
        </button>
      </div>
    </div>
  );
}
