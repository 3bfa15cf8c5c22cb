"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/app/_components/form-alert";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormEmailField, FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZChangeEmailInputSchema } from "@/server/contracts/accounts";

export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  const t = useTranslations("settings.email");
  const form = useZodForm(ZChangeEmailInputSchema, { id: "change-email", defaultValues: { newEmail: "", password: "" } });
  const change = api.me.changeEmail.useMutation();

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">{t("current")}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span className="break-all font-medium text-slate-900">{email}</span>
          {verified ? (
            <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">{t("verified")}</span>
          ) : (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">{t("notVerified")}</span>
          )}
        </p>
        {verified ? null : (
          <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
            <p className="text-sm font-semibold text-slate-900">{t("verifyTitle")}</p>
            <p className="mt-1 text-sm text-slate-700">{t("verifyText", { email })}</p>
            <div className="mt-3">
              <ResendVerificationButton email={email} />
            </div>
          </div>
        )}
      </div>

      <div className="space-y-5 border-t border-slate-200 pt-5">
        <div>
          <h3 id="change-email-heading" className="font-semibold text-slate-900">
            {t("changeTitle")}
          </h3>
          <p className="mt-1 text-sm text-slate-600">
            {t("changeText", { email })}
          </p>
        </div>
        <MutationForm
          form={form}
          mutation={change}
          input={(values) => values}
          resetOnSuccess
          aria-labelledby="change-email-heading"
          status={change.isSuccess ? <FormAlert tone="success">{change.data.message}</FormAlert> : null}
        >
          <div className="grid gap-5 sm:grid-cols-2">
            <FormEmailField name="newEmail" label={t("newEmail")} required />
            <FormPasswordField name="password" label={t("password")} required />
          </div>
          <SubmitButton pending={change.isPending} pendingLabel={t("sending")}>
            {t("send")}
          </SubmitButton>
        </MutationForm>
      </div>
    </div>
  );
}
