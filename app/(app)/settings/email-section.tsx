"use client";

import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/password-field";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZChangeEmailInputSchema } from "@/server/accounts/schemas";

const FIELDS = ["newEmail", "password"] as const;

export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  const errors = useFormErrors("change-email", FIELDS);
  const [newEmail, setNewEmail] = useState("");
  const [password, setPassword] = useState("");
  const change = api.me.changeEmail.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const checked = validate(ZChangeEmailInputSchema, { newEmail, password }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    change.mutate(checked.data, {
      onError: errors.failFromServer,
      onSuccess: () => {
        setNewEmail("");
        setPassword("");
      },
    });
  }

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">Current email</p>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span className="break-all font-medium text-slate-900">{email}</span>
          {verified ? (
            <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">Verified</span>
          ) : (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">Not verified</span>
          )}
        </p>
        {verified ? null : (
          <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
            <p className="text-sm font-semibold text-slate-900">Verify your email to start interviews</p>
            <p className="mt-1 text-sm text-slate-700">Open the link we sent to {email}. It works for 24 hours.</p>
            <div className="mt-3">
              <ResendVerificationButton email={email} />
            </div>
          </div>
        )}
      </div>

      <form method="post" noValidate onSubmit={onSubmit} aria-busy={change.isPending} aria-labelledby="change-email-heading" className="space-y-5 border-t border-slate-200 pt-5">
        <div>
          <h3 id="change-email-heading" className="font-semibold text-slate-900">
            Change your email
          </h3>
          <p className="mt-1 text-sm text-slate-600">
            We’ll send a link to the new address. Your email stays {email} until you open it.
          </p>
        </div>
        {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
        {change.isSuccess ? <FormAlert tone="success">{change.data.message}</FormAlert> : null}
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            id={errors.idFor("newEmail")}
            label="New email"
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            value={newEmail}
            onChange={(event) => {
              setNewEmail(event.target.value);
              errors.clearField("newEmail");
            }}
            error={errors.fieldErrors.newEmail}
            required
          />
          <PasswordField
            id={errors.idFor("password")}
            label="Your password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              errors.clearField("password");
            }}
            error={errors.fieldErrors.password}
            required
          />
        </div>
        <SubmitButton pending={change.isPending} pendingLabel="Sending…">
          Send the confirmation link
        </SubmitButton>
      </form>
    </div>
  );
}
