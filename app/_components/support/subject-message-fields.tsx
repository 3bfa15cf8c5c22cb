"use client";

import { useTranslations } from "next-intl";
import { FormTextareaField, FormTextField } from "@/app/_components/form/fields";

interface SubjectMessageFieldsProps {
  /** Both have their subject, message and messageHint words under the same keys. */
  messages: "help.newTicket" | "auth.contact";
  /** The contract's limit for the message (a ticket takes more than the public contact form). */
  messageMaxLength: number;
}

/** A support request's subject line and message, inside a form whose schema has both. */
export function SubjectMessageFields({ messages, messageMaxLength }: SubjectMessageFieldsProps) {
  const t = useTranslations(messages);
  return (
    <>
      <FormTextField name="subject" label={t("subject")} maxLength={200} autoComplete="off" required />
      <FormTextareaField name="message" label={t("message")} hint={t("messageHint")} rows={6} maxLength={messageMaxLength} required />
    </>
  );
}
