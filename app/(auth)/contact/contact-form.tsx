"use client";

import { FocusHeading } from "@/app/_components/focus-heading";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormEmailField, FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZContactInputSchema } from "@/server/contracts/support";

export function ContactForm() {
  const form = useZodForm(ZContactInputSchema, { id: "contact", defaultValues: { email: "", subject: "", message: "" } });
  const send = api.support.contact.useMutation();

  if (send.isSuccess) {
    return (
      <div className="text-sm text-slate-700">
        <FocusHeading>Message sent</FocusHeading>
        <p className="mt-3">Thanks. We’ll answer at {send.variables.email}, usually within two working days.</p>
      </div>
    );
  }

  return (
    <MutationForm form={form} mutation={send} input={(values) => values}>
      <FormEmailField name="email" label="Your email address" hint="The address of your account, if you have one: we reply there." required />
      <FormTextField name="subject" label="Subject" maxLength={200} autoComplete="off" required />
      <FormTextareaField
        name="message"
        label="Message"
        hint="What happened? For a suspended account, tell us why you think it is a mistake."
        rows={6}
        maxLength={5_000}
        required
      />
      <SubmitButton pending={send.isPending} pendingLabel="Sending…">
        Send message
      </SubmitButton>
    </MutationForm>
  );
}
