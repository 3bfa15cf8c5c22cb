"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/password-field";
import { PasswordStrengthMeter } from "@/app/_components/password-strength-meter";
import { SubmitButton } from "@/app/_components/submit-button";
import { serverErrors, useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZResetPasswordInputSchema } from "@/server/accounts/schemas";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/auth/password-policy";
import { AuthHeading } from "../auth-heading";
import { InvalidLink } from "../invalid-link";

const FIELDS = ["newPassword"] as const;
const ZNewPasswordOnlySchema = ZResetPasswordInputSchema.pick({ newPassword: true });

function looksLikeToken(token: string | null): token is string {
  return token !== null && ZResetPasswordInputSchema.shape.token.safeParse(token).success;
}

const INVALID = {
  title: "This reset link doesn’t work",
  body: "It may be mistyped, already used, or older than an hour. Ask for a new link and use the newest email.",
  action: { href: "/forgot-password", label: "Ask for a new link" },
};

export function ResetPasswordForm({ token }: { token: string | null }) {
  const router = useRouter();
  const errors = useFormErrors("reset-password", FIELDS);
  const [password, setPassword] = useState("");
  const [invalid, setInvalid] = useState(!looksLikeToken(token));
  const reset = api.auth.resetPassword.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending || !token) return;
    const checked = validate(ZNewPasswordOnlySchema, { newPassword: password }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    reset.mutate(
      { token, newPassword: checked.data.newPassword },
      {
        onError: (error) => {
          if (serverErrors(error, ["token"] as const).fields.token) return setInvalid(true);
          errors.failFromServer(error);
        },
        onSuccess: () => {
          setPassword("");
          // Every session ended, this browser's too: the header must stop showing a name.
          router.refresh();
        },
      },
    );
  }

  if (invalid) return <InvalidLink {...INVALID} />;
  if (reset.isSuccess) return <Done />;

  return (
    <>
      <AuthHeading title="Choose a new password">
        <p>After this, you’ll be signed out everywhere, and you sign in with the new password.</p>
      </AuthHeading>
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={reset.isPending} className="space-y-5">
        {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
        <div>
          <PasswordField
            id={errors.idFor("newPassword")}
            label="New password"
            autoComplete="new-password"
            hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Any characters, spaces too; not a common password or your email.`}
            extraDescribedBy="reset-password-strength"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              errors.clearField("newPassword");
            }}
            error={errors.fieldErrors.newPassword}
            required
          />
          <PasswordStrengthMeter id="reset-password-strength" password={password} />
        </div>
        <SubmitButton pending={reset.isPending} pendingLabel="Saving…" className="w-full">
          Save the new password
        </SubmitButton>
      </form>
    </>
  );
}

function Done() {
  return (
    <div>
      <FocusHeading>Your password is changed</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        We signed you out on every device and ended your API tokens. Sign in with your new password to continue.
      </p>
      <Link href="/sign-in" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        Sign in
      </Link>
    </div>
  );
}
