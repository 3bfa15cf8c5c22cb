"use client";

import { useTranslations } from "next-intl";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubjectMessageFields } from "@/app/_components/support/subject-message-fields";
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
      <SubjectMessageFields messages="help.newTicket" messageMaxLength={10_000} />
      <FormFooter pending={create.isPending} pendingLabel={t("pending")} done={create.isSuccess ? t("sent") : null}>
        {t("submit")}
      </FormFooter>
    </MutationForm>
  );
}
