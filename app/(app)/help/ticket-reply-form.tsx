"use client";

import { useTranslations } from "next-intl";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZTicketReplyInputSchema } from "@/server/contracts/support";

const ZReplyFormSchema = ZTicketReplyInputSchema.pick({ message: true });

/** Add to a request; writing on a resolved one opens it again. */
export function TicketReplyForm({ ticketId, resolved }: { ticketId: string; resolved: boolean }) {
  const t = useTranslations("help.reply");
  const utils = api.useUtils();
  const form = useZodForm(ZReplyFormSchema, { id: `reply-${ticketId}`, defaultValues: { message: "" } });
  const reply = api.support.reply.useMutation();

  return (
    <MutationForm
      form={form}
      mutation={reply}
      input={({ message }) => ({ ticketId, message })}
      resetOnSuccess
      onSuccess={() => void utils.support.mine.invalidate()}
      className="space-y-3"
    >
      <FormTextareaField
        name="message"
        label={t("label")}
        hint={resolved ? t("resolvedHint") : undefined}
        rows={3}
        maxLength={10_000}
      />
      <FormFooter pending={reply.isPending} pendingLabel={t("pending")} variant="secondary" size="sm" done={reply.isSuccess ? t("sent") : null}>
        {t("submit")}
      </FormFooter>
    </MutationForm>
  );
}
