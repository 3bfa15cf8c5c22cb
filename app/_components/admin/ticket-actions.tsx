"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { TICKET_STATUSES, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";
import { TICKET_STATUS_NAMES, isTicketStatus } from "./format";
import { TextareaField } from "./textarea-field";

/** Reply to a ticket (the candidate gets it by email too) and move it between new, in progress and resolved. */
export function TicketActions({ ticketId, status, email }: { ticketId: string; status: TTicketStatus; email: string }) {
  const router = useRouter();
  const [reply, setReply] = useState("");
  const [replyError, setReplyError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const [nextStatus, setNextStatus] = useState<TTicketStatus>(status);
  // A reply moves a new ticket to "in progress" on the server: follow it when the page refreshes.
  const [shownStatus, setShownStatus] = useState(status);
  if (status !== shownStatus) {
    setShownStatus(status);
    setNextStatus(status);
  }
  const send = api.admin.replyToTicket.useMutation();
  const setStatus = api.admin.setTicketStatus.useMutation();

  function onReply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    if (reply.trim() === "") {
      setReplyError("Write a reply.");
      document.getElementById("ticket-reply")?.focus();
      return;
    }
    send.mutate(
      { ticketId, message: reply.trim() },
      {
        onSuccess: () => {
          setReply("");
          setSent(true);
          router.refresh();
        },
      },
    );
  }

  function onStatus(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setStatus.isPending) return;
    setStatus.mutate({ ticketId, status: nextStatus }, { onSuccess: () => router.refresh() });
  }

  return (
    <div className="space-y-6">
      <form noValidate onSubmit={onReply} aria-busy={send.isPending} aria-label="Reply" className="space-y-3">
        {send.isError ? <FormAlert>{messageOf(send.error)}</FormAlert> : null}
        <TextareaField
          id="ticket-reply"
          label="Your reply"
          hint={`Sent to ${email} by email and shown on their Help page.`}
          rows={5}
          maxLength={10_000}
          value={reply}
          onChange={(event) => {
            setReply(event.target.value);
            setReplyError(undefined);
            setSent(false);
          }}
          error={replyError}
        />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={send.isPending} pendingLabel="Sending…" size="sm">
            Send reply
          </SubmitButton>
          <p role="status" className="text-sm font-medium text-green-800">
            {sent ? "Reply sent." : ""}
          </p>
        </div>
      </form>

      <form noValidate onSubmit={onStatus} aria-busy={setStatus.isPending} aria-label="Ticket status" className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
        <SelectField
          id="ticket-status"
          label="Status"
          value={nextStatus}
          onChange={(event) => {
            if (isTicketStatus(event.target.value)) setNextStatus(event.target.value);
            setStatus.reset();
          }}
          className="w-48"
        >
          {TICKET_STATUSES.map((option) => (
            <option key={option} value={option}>
              {TICKET_STATUS_NAMES[option]}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={setStatus.isPending} variant="secondary" size="sm">
          Set status
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {setStatus.isSuccess ? `Marked ${TICKET_STATUS_NAMES[setStatus.variables.status].toLowerCase()}.` : ""}
        </p>
        {setStatus.isError ? (
          <p role="alert" className="w-full text-sm font-medium text-red-700">
            {messageOf(setStatus.error)}
          </p>
        ) : null}
      </form>
    </div>
  );
}
