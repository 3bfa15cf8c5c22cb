"use client";

import { useTranslations } from "next-intl";
import { FocusHeading } from "@/app/_components/focus-heading";
import { DevMailboxNote } from "./dev-mailbox-note";

interface EmailSentProps {
  /** Each has a "sent" sentence with an <email></email> tag for the address. */
  messages: "auth.forgotPassword" | "auth.checkInbox";
  title: string;
  email: string;
  devMailboxHref: string | null;
}

/** The top of a "check your inbox" page: a focused heading, where the email went, the dev mailbox note. */
export function EmailSent({ messages, title, email, devMailboxHref }: EmailSentProps) {
  const t = useTranslations(messages);
  return (
    <>
      <FocusHeading>{title}</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">{t.rich("sent", { email: () => <span className="break-all font-medium text-slate-900">{email}</span> })}</p>
      <DevMailboxNote href={devMailboxHref} />
    </>
  );
}
