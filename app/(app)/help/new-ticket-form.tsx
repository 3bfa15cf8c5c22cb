"use client";

import { useTranslations } from "next-intl";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZCreateTicketInputSchema } from "@/server/contracts/support";

/** A new support request; on success it appears in "Your requests" below and the form empties. */
export function NewTicketForm() {
  const t = useTranslations("help.newTicket");
  const utils = api.useUtils();
  const form = useZodForm(ZCreateTicketInputSchema, { id: "ticket", defaultValues: { subject: "", message: "" } });
  const create = api.support.create.useMutation();

  return (
    <MutationForm form={form} mutation={create} input={(values) => values} resetOnSuccess onSuccess={() => void utils.support.mine.invalidate()}>
      <FormTextField name="subject" label={t("subject")} maxLength={200} autoComplete="off" required />
      <FormTextareaField
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        rows={6}
        maxLength={10_000}
        required
      />
      <FormFooter pending={create.isPending} pendingLabel={t("pending")} done={create.isSuccess ? t("sent") : null}>
        {t("submit")}
      </FormFooter>
    </MutationForm>
  );
}
