"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Form } from "@/app/_components/form/form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormSelectField, FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZReplyToTicketInputSchema, ZSetTicketStatusInputSchema } from "@/server/contracts/admin";
import { TICKET_STATUSES, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";
import { TICKET_STATUS_NAMES } from "./format";

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
  const [sent, setSent] = useState(false);
  const send = api.admin.replyToTicket.useMutation();
  return (
    <Form
      form={form}
      pending={send.isPending}
      aria-label="Reply"
      className="space-y-3"
      onSubmit={({ message }) =>
        send.mutate(
          { ticketId, message },
          {
            onError: form.failFromServer,
            onSuccess: () => {
              form.reset();
              setSent(true);
              router.refresh();
            },
          },
        )
      }
      onChange={() => setSent(false)}
    >
      <FormTextareaField name="message" label="Your reply" hint={`Sent to ${email} by email and shown on their Help page.`} rows={5} maxLength={10_000} />
      <FormFooter pending={send.isPending} pendingLabel="Sending…" size="sm" done={sent ? "Reply sent." : null}>
        Send reply
      </FormFooter>
    </Form>
  );
}

function StatusForm({ ticketId, status }: { ticketId: string; status: TTicketStatus }) {
  const router = useRouter();
  const form = useZodForm(ZStatusFormSchema, { id: "ticket-status", defaultValues: { status } });
  const setStatus = api.admin.setTicketStatus.useMutation();
  const { reset } = form;
  // A reply moves a new ticket to "in progress" on the server: follow it when the page refreshes.
  useEffect(() => reset({ status }), [reset, status]);
  return (
    <Form
      form={form}
      pending={setStatus.isPending}
      aria-label="Ticket status"
      className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4"
      onSubmit={(values) => setStatus.mutate({ ticketId, ...values }, { onError: form.failFromServer, onSuccess: () => router.refresh() })}
      onChange={() => setStatus.reset()}
    >
      <FormSelectField name="status" label="Status" className="w-48">
        {TICKET_STATUSES.map((option) => (
          <option key={option} value={option}>
            {TICKET_STATUS_NAMES[option]}
          </option>
        ))}
      </FormSelectField>
      <SubmitButton pending={setStatus.isPending} variant="secondary" size="sm">
        Set status
      </SubmitButton>
      <p role="status" className="text-sm font-medium text-green-800">
        {setStatus.isSuccess ? `Marked ${TICKET_STATUS_NAMES[setStatus.variables.status].toLowerCase()}.` : ""}
      </p>
    </Form>
  );
}
