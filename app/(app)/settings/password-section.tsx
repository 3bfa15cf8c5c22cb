"use client";

import { FormAlert } from "@/app/_components/form-alert";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormNewPasswordField, FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZChangePasswordInputSchema } from "@/server/contracts/accounts";

export function PasswordSection({ name, email }: { name: string; email: string }) {
  const form = useZodForm(ZChangePasswordInputSchema, { id: "change-password", defaultValues: { currentPassword: "", newPassword: "" } });
  const change = api.me.changePassword.useMutation();

  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-700">
        Changing your password signs you out on your other devices and browsers and ends your API tokens. You stay signed in here.
      </p>
      <MutationForm
        form={form}
        mutation={change}
        input={(values) => values}
        resetOnSuccess
        status={change.isSuccess ? <FormAlert tone="success">Your password is changed. Your other sessions and API tokens are signed out.</FormAlert> : null}
      >
        <FormPasswordField name="currentPassword" label="Current password" required />
        <FormNewPasswordField name="newPassword" userInputs={[name, email]} />
        <SubmitButton pending={change.isPending}>Change password</SubmitButton>
      </MutationForm>
    </div>
  );
}
