"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormSelectField, FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZReplyToTicketInputSchema, ZSetTicketStatusInputSchema } from "@/server/contracts/admin";
import { TICKET_STATUSES, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";

const ZReplyFormSchema = ZReplyToTicketInputSchema.pick({ message: true });
const ZStatusFormSchema = ZSetTicketStatusInputSchema.pick({ status: true });

/** Reply to a ticket (the candidate gets it by email too) and move it between new, in progress and resolved. */
export function TicketActions({ ticketId, status, email }: { ticketId: string; status: TTicketStatus; email: string }) {
  return (
    <div className="space-y-6">
      <ReplyForm ticketId={ticketId} email={email} />
      <StatusForm ticketId={ticketId} status={status} />
    </div>
  );
}

function ReplyForm({ ticketId, email }: { ticketId: string; email: string }) {
  const router = useRouter();
  const form = useZodForm(ZReplyFormSchema, { id: "ticket-reply", defaultValues: { message: "" } });
  const send = api.admin.replyToTicket.useMutation();
  const t = useTranslations("admin.ticket");
  return (
    <MutationForm
      form={form}
      mutation={send}
      input={({ message }) => ({ ticketId, message })}
      resetOnSuccess
      onSuccess={() => router.refresh()}
      aria-label={t("replyLabel")}
      className="space-y-3"
    >
      <FormTextareaField name="message" label={t("reply")} hint={t("replyHint", { email })} rows={5} maxLength={10_000} />
      <FormFooter pending={send.isPending} pendingLabel={t("sending")} size="sm" done={send.isSuccess ? t("sent") : null}>
        {t("send")}
      </FormFooter>
    </MutationForm>
  );
}

function StatusForm({ ticketId, status }: { ticketId: string; status: TTicketStatus }) {
  const router = useRouter();
  const form = useZodForm(ZStatusFormSchema, { id: "ticket-status", defaultValues: { status } });
  const setStatus = api.admin.setTicketStatus.useMutation();
  const t = useTranslations("admin.ticket");
  const tStatus = useTranslations("help.status");
  const { reset } = form;
  // A reply moves a new ticket to "in progress" on the server: follow it when the page refreshes.
  useEffect(() => reset({ status }), [reset, status]);
  return (
    <MutationForm
      form={form}
      mutation={setStatus}
      input={(values) => ({ ticketId, ...values })}
      onSuccess={() => router.refresh()}
      aria-label={t("statusLabel")}
      className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4"
    >
      <FormSelectField name="status" label={t("status")} className="w-48">
        {TICKET_STATUSES.map((option) => (
          <option key={option} value={option}>
            {tStatus(option)}
          </option>
        ))}
      </FormSelectField>
      <SubmitButton pending={setStatus.isPending} variant="secondary" size="sm">
        {t("setStatus")}
      </SubmitButton>
      <p role="status" className="text-sm font-medium text-green-800">
        {setStatus.isSuccess ? t("marked", { status: setStatus.variables.status }) : ""}
      </p>
    </MutationForm>
  );
}
