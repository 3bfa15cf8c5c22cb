"use client";

import { useId, useState, type FormEvent } from "react";
import { TextareaField } from "@/app/_components/admin/textarea-field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

/** Add to a request; writing on a resolved one opens it again. */
export function TicketReplyForm({ ticketId, resolved }: { ticketId: string; resolved: boolean }) {
  const utils = api.useUtils();
  const id = useId();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reply = api.support.reply.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reply.isPending) return;
    if (message.trim() === "") {
      setError("Write a message.");
      document.getElementById(`${id}-reply`)?.focus();
      return;
    }
    reply.mutate(
      { ticketId, message: message.trim() },
      {
        onSuccess: () => {
          setMessage("");
          void utils.support.mine.invalidate();
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={reply.isPending} className="space-y-3">
      {reply.isError ? <FormAlert>{messageOf(reply.error)}</FormAlert> : null}
      <TextareaField
        id={`${id}-reply`}
        label="Reply"
        hint={resolved ? "This request is resolved; replying opens it again." : undefined}
        rows={3}
        maxLength={10_000}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          setError(undefined);
          if (reply.isSuccess) reply.reset();
        }}
        error={error}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={reply.isPending} pendingLabel="Sending…" variant="secondary" size="sm">
          Send reply
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {reply.isSuccess ? "Sent." : ""}
        </p>
      </div>
    </form>
  );
}
