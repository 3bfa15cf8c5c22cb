"use client";

import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/password-field";
import { PasswordStrengthMeter } from "@/app/_components/password-strength-meter";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZChangePasswordInputSchema } from "@/server/accounts/schemas";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/auth/password-policy";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordSection({ name, email }: { name: string; email: string }) {
  const errors = useFormErrors("change-password", FIELDS);
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = api.me.changePassword.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const checked = validate(ZChangePasswordInputSchema, { currentPassword, newPassword }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    change.mutate(checked.data, {
      onError: errors.failFromServer,
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
      },
    });
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-busy={change.isPending} className="space-y-5">
      <p className="text-sm text-slate-700">
        Changing your password signs you out on your other devices and browsers and ends your API tokens. You stay signed in here.
      </p>
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      {change.isSuccess ? (
        <FormAlert tone="success">Your password is changed. Your other sessions and API tokens are signed out.</FormAlert>
      ) : null}
      <PasswordField
        id={errors.idFor("currentPassword")}
        label="Current password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(event) => {
          setCurrentPassword(event.target.value);
          errors.clearField("currentPassword");
        }}
        error={errors.fieldErrors.currentPassword}
        required
      />
      <div>
        <PasswordField
          id={errors.idFor("newPassword")}
          label="New password"
          autoComplete="new-password"
          hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Any characters, spaces too; not a common password or your email.`}
          extraDescribedBy="change-password-strength"
          value={newPassword}
          onChange={(event) => {
            setNewPassword(event.target.value);
            errors.clearField("newPassword");
          }}
          error={errors.fieldErrors.newPassword}
          required
        />
        <PasswordStrengthMeter id="change-password-strength" password={newPassword} userInputs={[name, email]} />
      </div>
      <SubmitButton pending={change.isPending}>Change password</SubmitButton>
    </form>
  );
}
