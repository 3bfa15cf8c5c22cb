"use client";

import { useState, type FormEvent } from "react";
import { TextareaField } from "@/app/_components/admin/textarea-field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, type TFieldErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

const FIELDS = ["subject", "message"] as const;

/** A new support request; on success it appears in "Your requests" below and the form empties. */
export function NewTicketForm() {
  const utils = api.useUtils();
  const errors = useFormErrors("ticket", FIELDS);
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const create = api.support.create.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    // The same limits as the support.create procedure.
    const problems: TFieldErrors<(typeof FIELDS)[number]> = {};
    if (subject.trim().length < 3) problems.subject = "Give the subject (at least 3 characters).";
    if (message.trim() === "") problems.message = "Write a message.";
    if (Object.keys(problems).length > 0) return errors.fail(problems);
    errors.reset();
    create.mutate(
      { subject: subject.trim(), message: message.trim() },
      {
        onError: errors.failFromServer,
        onSuccess: () => {
          setSubject("");
          setMessage("");
          void utils.support.mine.invalidate();
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={create.isPending} className="space-y-5">
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      <TextField
        id={errors.idFor("subject")}
        label="Subject"
        maxLength={200}
        autoComplete="off"
        value={subject}
        onChange={(event) => {
          setSubject(event.target.value);
          errors.clearField("subject");
          if (create.isSuccess) create.reset();
        }}
        error={errors.fieldErrors.subject}
        required
      />
      <TextareaField
        id={errors.idFor("message")}
        label="Message"
        hint="What happened, and what you expected. For a score, say which interview and question."
        rows={6}
        maxLength={10_000}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          errors.clearField("message");
          if (create.isSuccess) create.reset();
        }}
        error={errors.fieldErrors.message}
        required
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={create.isPending} pendingLabel="Sending…">
          Send message
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {create.isSuccess ? "Sent. We’ll reply here and by email." : ""}
        </p>
      </div>
    </form>
  );
}
