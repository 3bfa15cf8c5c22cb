"use client";

import { useTranslations } from "next-intl";
import { FocusHeading } from "@/app/_components/focus-heading";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormEmailField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubjectMessageFields } from "@/app/_components/support/subject-message-fields";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZContactInputSchema } from "@/server/contracts/support";

export function ContactForm() {
  const t = useTranslations("auth.contact");
  const form = useZodForm(ZContactInputSchema, { id: "contact", defaultValues: { email: "", subject: "", message: "" } });
  const send = api.support.contact.useMutation();

  if (send.isSuccess) {
    return (
      <div className="text-sm text-slate-700">
        <FocusHeading>{t("sentTitle")}</FocusHeading>
        <p className="mt-3">{t("sentBody", { email: send.variables.email })}</p>
      </div>
    );
  }

  return (
    <MutationForm form={form} mutation={send} input={(values) => values}>
      <FormEmailField name="email" label={t("email")} hint={t("emailHint")} required />
      <SubjectMessageFields messages="auth.contact" messageMaxLength={5_000} />
      <SubmitButton pending={send.isPending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </MutationForm>
  );
}
