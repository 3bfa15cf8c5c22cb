"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/app/_components/form-alert";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormNewPasswordField, FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZChangePasswordInputSchema } from "@/server/contracts/accounts";

export function PasswordSection({ name, email }: { name: string; email: string }) {
  const t = useTranslations("settings.password");
  const form = useZodForm(ZChangePasswordInputSchema, { id: "change-password", defaultValues: { currentPassword: "", newPassword: "" } });
  const change = api.me.changePassword.useMutation();

  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-700">
        {t("text")}
      </p>
      <MutationForm
        form={form}
        mutation={change}
        input={(values) => values}
        resetOnSuccess
        status={change.isSuccess ? <FormAlert tone="success">{t("changed")}</FormAlert> : null}
      >
        <FormPasswordField name="currentPassword" label={t("current")} required />
        <FormNewPasswordField name="newPassword" userInputs={[name, email]} />
        <SubmitButton pending={change.isPending}>{t("change")}</SubmitButton>
      </MutationForm>
    </div>
  );
}
