import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/server/i18n/messages";

/**
 * The candidate's pages: their client components get the candidate namespaces on top of the root
 * layout's shell set (a nested provider replaces the messages, so it passes both).
 */
export default async function CandidateLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return <NextIntlClientProvider messages={clientMessages(locale, "candidate")}>{children}</NextIntlClientProvider>;
}
