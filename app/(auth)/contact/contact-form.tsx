"use client";

import { useState, type FormEvent } from "react";
import { TextareaField } from "@/app/_components/admin/textarea-field";
import { FocusHeading } from "@/app/_components/focus-heading";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZContactInputSchema } from "@/server/support/contact-schema";

const FIELDS = ["email", "subject", "message"] as const;

export function ContactForm() {
  const errors = useFormErrors("contact", FIELDS);
  const [email, setEmail] = useState("");
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const send = api.support.contact.useMutation();

  if (send.isSuccess) {
    return (
      <div className="text-sm text-slate-700">
        <FocusHeading>Message sent</FocusHeading>
        <p className="mt-3">Thanks. We’ll answer at {send.variables.email}, usually within two working days.</p>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const checked = validate(ZContactInputSchema, { email, subject, message }, FIELDS);
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    send.mutate(checked.data, { onError: errors.failFromServer });
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-busy={send.isPending} className="space-y-5">
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      <TextField
        id={errors.idFor("email")}
        label="Your email address"
        hint="The address of your account, if you have one: we reply there."
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          errors.clearField("email");
        }}
        error={errors.fieldErrors.email}
        required
      />
      <TextField
        id={errors.idFor("subject")}
        label="Subject"
        maxLength={200}
        autoComplete="off"
        value={subject}
        onChange={(event) => {
          setSubject(event.target.value);
          errors.clearField("subject");
        }}
        error={errors.fieldErrors.subject}
        required
      />
      <TextareaField
        id={errors.idFor("message")}
        label="Message"
        hint="What happened? For a suspended account, tell us why you think it is a mistake."
        rows={6}
        maxLength={5_000}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          errors.clearField("message");
        }}
        error={errors.fieldErrors.message}
        required
      />
      <SubmitButton pending={send.isPending} pendingLabel="Sending…">
        Send message
      </SubmitButton>
    </form>
  );
}
